import type { Mention } from "../model.js";
import {
  commonWordSet,
  englishWordSet,
  firstNameGender,
  type GazetteerEntry,
  gazetteer,
  maxPhraseTokens,
  participleFollowers,
  phraseKey,
  phraseStarts,
  rarerWordSet,
} from "./lexicon.js";
import type { CountryHint, MentionNote } from "./mention-note.js";
import type { Token } from "./tokenize.js";
import { triggerBits } from "./trigger-words.js";
import { givenNameBeforeSurname } from "./word-given-names.js";

// Lower-case words that occur inside gazetteer phrases ("Bosnia and Herzegovina", "Office of the ...").
const PHRASE_INNER = new Set([
  "of",
  "and",
  "the",
  "for",
  "de",
  "del",
  "da",
  "di",
  "du",
  "von",
  "van",
  "der",
  "al",
  "el",
  "la",
  "le",
  "in",
  "on",
  "y",
  "et",
]);

function isAcronym(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const ch = s[i] as string;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) upper = true;
    }
  }
  return upper;
}

const isDigit = (s: string) => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

// (asked only of a capital that proves nothing: a sentence's or a headline's word)
function isEnglishWord(lower: string): boolean {
  if (englishWordSet.has(lower) || rarerWordSet.has(lower)) return true;
  // "Sentencing is due", "Unremarked by anyone": an ordinary verb's -ing or -ed form
  if (lower.length > 6 && (lower.endsWith("ing") || lower.endsWith("ed"))) {
    const stem = lower.slice(0, lower.endsWith("ing") ? -3 : -2);
    const bare = stem.startsWith("un") ? stem.slice(2) : stem;
    if (bare.length > 3 && (englishWordSet.has(bare) || englishWordSet.has(`${bare}e`))) return true;
  }
  if (lower.endsWith("s") && englishWordSet.has(lower.slice(0, -1))) return true;
  if (lower.endsWith("ly") && englishWordSet.has(lower.slice(0, -2))) return true;
  // "Unofficial", "Unprecedented": a negated ordinary word
  if (lower.startsWith("un") && lower.length > 6 && englishWordSet.has(lower.slice(2))) return true;
  // "Organizers", "Protesters": the people who do an ordinary verb
  if (lower.endsWith("ers") && lower.length > 7)
    return englishWordSet.has(lower.slice(0, -2)) || englishWordSet.has(lower.slice(0, -3));
  return false;
}

/** One mention found, before it joins `doc.mentions`. */
export interface Piece {
  start: number;
  end: number;
  kind: Mention["kind"];
  via: NonNullable<Mention["via"]>;
  note: MentionNote;
  /** Token range, inclusive. */
  first: number;
  last: number;
  /** A single capitalised word the rules could not type yet; settled once the whole text is read. */
  unsure?: boolean;
}

// A bitmap over a hash of every phrase's first word: most capitalised words start no
// phrase, and a clear bit says so without a lookup in the large phrase table (whose
// misses cost cache misses on a busy machine).
const FILTER_BITS = 16;
function filterSlot(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
  return (h ^ (h >>> 16)) & ((1 << FILTER_BITS) - 1);
}
const phraseFilter = new Uint8Array(1 << FILTER_BITS);
for (const w of phraseStarts.keys()) phraseFilter[filterSlot(w)] = 1;
const mayStartPhrase = (w: string) => phraseFilter[filterSlot(w)] === 1;

// A bitmap over every gazetteer key's length and first, second and last characters: a
// stretch of text that fits no slot is no key, found without slicing it or hashing the slice.
const KEY_BITS = 17;
function keySlot(s: string, from: number, to: number): number {
  const n = to - from;
  const second = n > 1 ? s.charCodeAt(from + 1) : 0;
  return (((n * 31 + s.charCodeAt(from)) * 31 + second) * 31 + s.charCodeAt(to - 1)) & ((1 << KEY_BITS) - 1);
}
const keyFilter = new Uint8Array(1 << KEY_BITS);
for (const k of gazetteer.keys()) if (k.length) keyFilter[keySlot(k, 0, k.length)] = 1;

// White space as lexicon.ts's needsKeying counts it.
function isKeyWhite(c: number, s: string, at: number): boolean {
  return c === 32 || (c >= 11 && c <= 13) || (c > 0xff && /\s/.test(s[at] as string));
}

/** A gazetteer phrase found in the text: its entry and its last token. */
export interface PhraseHit {
  entry: GazetteerEntry;
  last: number;
  /** A one-token name written in capitals ("MOSCOW"), looked up in title case. */
  caps: boolean;
}

/** The state the recognisers share while reading one text. */
export class Scan {
  readonly pieces: Piece[] = [];
  readonly hints: CountryHint[] = [];
  /** Lower-case words the text uses in lower case: their capitalised forms are ordinary words. */
  readonly lowerSeen = new Set<string>();
  /** Capitalised words the text uses mid-sentence: names, whatever a dictionary says. */
  readonly capSeen = new Set<string>();
  /** Tokens inside a title-case headline, where capitals say nothing. */
  headline: Uint8Array;
  /** Tokens already part of a name. */
  readonly named: Uint8Array;
  /** Short forms the text defines in parentheses: "(NDRRMC)" after its full name → that name's note and kind. */
  readonly shortForms = new Map<string, Pick<Piece, "kind" | "note">>();
  /** Acronyms of common nouns the text spells out ("exclusive economic zone (EEZ)"): no names. */
  readonly commonAcronyms = new Set<string>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {
    this.headline = new Uint8Array(tokens.length);
    this.named = new Uint8Array(tokens.length);
    this.ordinary = new Uint8Array(tokens.length);
    this.lowers = new Array(tokens.length);
    this.phraseHits = new Array(tokens.length);
    this.triggers = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const lower = t.lower;
      this.lowers[i] = lower;
      if (t.kind !== "word") continue;
      this.triggers[i] = triggerBits(lower);
      if (!t.cap) this.lowerSeen.add(lower);
      else if (!t.sentStart) this.capSeen.add(t.text);
    }
  }

  /** Each token's gazetteer phrases (null: none), filled in when first asked for. */
  private readonly phraseHits: (PhraseHit[] | null | undefined)[];

  /** Each word token's trigger bits (trigger-words.ts): what the description passes test. */
  readonly triggers: Uint8Array;

  /** Each token's text in lower case, computed once. */
  readonly lowers: string[];

  /** Whether token i has the trigger bit (trigger-words.ts). */
  triggered(i: number, bit: number): boolean {
    return ((this.triggers[i] ?? 0) & bit) !== 0;
  }

  lower(i: number): string {
    return this.lowers[i] ?? "";
  }

  /**
   * A capitalised word that is an ordinary word here (sentence-initial "Relations", "The").
   * The rules ask about a token several times (run, its start, its stops): the answer is
   * kept, so it must not be asked before the headlines are marked (markHeadlines), which
   * are all it reads that changes after the set-up.
   */
  isOrdinaryCapital(i: number): boolean {
    const known = this.ordinary[i];
    if (known) return known === 2;
    const answer = this.ordinaryCapital(i);
    if (i >= 0 && i < this.ordinary.length) this.ordinary[i] = answer ? 2 : 1;
    return answer;
  }

  /** isOrdinaryCapital's answers: 0 not asked yet, 1 no, 2 yes. */
  private readonly ordinary: Uint8Array;

  private ordinaryCapital(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return true;
    // an acronym ("US", "IT") is never the ordinary word it spells, outside a headline
    if (!this.headline[i] && t.text.length > 1 && isAcronym(t.text)) return false;
    // "Chuck Schumer said", "Will Hurd said": a given name that is also a word, before a surname
    if (t.sentStart && givenNameBeforeSurname(this, i)) return false;
    const raw = this.lowers[i] ?? "";
    const lower = raw.includes("’") ? raw.replace(/’/g, "'") : raw;
    if (commonWordSet.has(lower)) return true;
    // "Oct. 31", "Sept. 11": an abbreviated month before its day
    if (lower.endsWith(".") && commonWordSet.has(lower.slice(0, -1)) && isDigit(this.tokens[i + 1]?.text ?? ""))
      return true;
    if (!t.sentStart && !this.headline[i]) return false;
    if (this.seenLower(lower)) return true;
    // a frequent English word opening a sentence, unless the text also capitalises it mid-sentence
    if (this.capSeen.has(t.text)) return false;
    // "Subsequently, ...", "Namely, ...": an adverb opening a sentence
    if (lower.length > 6 && lower.endsWith("ly") && this.tokens[i + 1]?.text === "," && !firstNameGender.has(t.text))
      return true;
    // "Citing the report, ...", "Buoyed by the win, ...": a participle opening a sentence, before
    // the word that opens its object or phrase (a name is followed by its verb: "Boeing said")
    if (
      lower.length > 4 &&
      (lower.endsWith("ing") || lower.endsWith("ed")) &&
      participleFollowers.has(this.lowers[i + 1] ?? "") &&
      !this.tokens[i + 1]?.cap &&
      !firstNameGender.has(t.text) &&
      !gazetteer.has(t.text)
    )
      return true;
    return isEnglishWord(lower);
  }

  seenLower(lower: string): boolean {
    if (this.lowerSeen.has(lower)) return true;
    if (lower.endsWith("s") && this.lowerSeen.has(lower.slice(0, -1))) return true;
    if (lower.endsWith("es") && this.lowerSeen.has(lower.slice(0, -2))) return true;
    if (lower.endsWith("ed") && this.lowerSeen.has(lower.slice(0, -1))) return true;
    return false;
  }

  /** Whether tokens i and j are separated by nothing but spaces (no line break, no punctuation). */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 0xa0) return false;
    }
    return true;
  }

  /** The longest gazetteer phrase that starts at token i and ends at or before token `limit`. */
  gazetteerAt(i: number, limit: number): PhraseHit | null {
    // the rules ask about the same token several times (run, prefix, title): its phrases are found once
    let hits = this.phraseHits[i];
    if (hits === undefined) {
      hits = this.phrasesAt(i);
      this.phraseHits[i] = hits;
    }
    if (hits === null) return null;
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h] as PhraseHit;
      if (hit.last <= limit) return hit;
    }
    // a name in capitals is one token, found whatever the limit
    return hits[0]?.caps ? (hits[0] as PhraseHit) : null;
  }

  /** Every gazetteer phrase that starts at token i, shortest first; null when none does. */
  private phrasesAt(i: number): PhraseHit[] | null {
    const first = this.tokens[i];
    if (!first || first.kind !== "word") return null;
    const key = first.text.includes("’") ? first.text.replace(/’/g, "'") : first.text;
    const span = mayStartPhrase(key) ? phraseStarts.get(key) : undefined;
    if (span === undefined) {
      // "LONDON", "MOSCOW" in a dateline: a known name in capitals
      if (first.text.length < 4 || !isAcronym(first.text) || first.text.includes(".")) return null;
      const entry = gazetteer.get(first.text.charAt(0) + first.text.slice(1).toLowerCase());
      return entry ? [{ entry, last: i, caps: true }] : null;
    }
    let hits: PhraseHit[] | null = null;
    const max = Math.min(i + span, i + maxPhraseTokens);
    const text = this.text;
    // whether the text so far needs keying (phraseKey): until it does, the key is the text itself
    let keyed = false;
    let white = false;
    let read = first.start;
    for (let j = i; j <= max; j++) {
      const t = this.tokens[j];
      if (!t) break;
      if (j > i && !this.adjacent(j - 1, j)) break;
      // "People's Republic of China", "Democratic People’s Republic of Korea": a possessive inside
      // a known name is read on; no name ends on one
      if (t.kind === "possessive") {
        if (j === i || !this.tokens[j + 1]?.cap) break;
        continue;
      }
      if (t.kind === "punct") {
        if (t.text !== "," && t.text !== "-" && t.text !== ".") break;
        continue;
      }
      if (j > i && !t.cap && !PHRASE_INNER.has(t.text)) break;
      for (; read < t.end && !keyed; read++) {
        const c = text.charCodeAt(read);
        const w = isKeyWhite(c, text, read);
        keyed = c === 0x2019 || c === 0x2018 || c === 9 || c === 10 || c === 0xa0 || (w && white);
        white = w;
      }
      // a phrase of this length and these edge letters is in no list: no slice, no lookup
      if (!keyed && keyFilter[keySlot(text, first.start, t.end)] !== 1) continue;
      // (a one-word phrase is the token's own string, already hashed: no slice to hash anew)
      const entry = gazetteer.get(phraseKey(j === i ? first.text : text.slice(first.start, t.end)));
      if (!entry) continue;
      hits ??= [];
      hits.push({ entry, last: j, caps: false });
    }
    return hits;
  }

  add(piece: Piece): void {
    this.pieces.push(piece);
    for (let k = piece.first; k <= piece.last; k++) this.named[k] = 1;
  }

  /** Takes these pieces out, keeping the rest in order; their tokens stay marked as named. */
  remove(drop: ReadonlySet<Piece>): void {
    if (drop.size) this.pieces.splice(0, this.pieces.length, ...this.pieces.filter((p) => !drop.has(p)));
  }

  slice(first: number, last: number): string {
    const a = this.tokens[first];
    const b = this.tokens[last];
    return a && b ? this.text.slice(a.start, b.end) : "";
  }
}
