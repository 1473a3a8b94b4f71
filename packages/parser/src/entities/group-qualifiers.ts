import { commonWordSet, gazetteer, groupModifiers, groupQualifierWords, partyQualifiers } from "./lexicon.js";
import type { MentionNote } from "./mention-note.js";
import type { Piece, Scan } from "./scan.js";

/**
 * The words before a group's noun that say which group it is: a party ("Democratic strategists",
 * "GOP candidates"), a body or person it belongs to or backs ("FBI officials", "Podesta
 * employees", "Trump supporters", "Sanders' voters"), a field ("cybersecurity experts"), a
 * standing ("current and former officials"). Two groups so told apart are two actors; a
 * quantifier or a count ("some", "three") says how many, not which, and stays out of the name.
 */
export interface GroupQualifier {
  /** The first token of the qualified phrase (its span may also open with quantifiers). */
  first: number;
  /** The name's words before the noun, as written ("Sanders'", "Democratic", "cybersecurity"). */
  words: string[];
  /** The qualifier is a name's possessive ("Cruz's allies"), which makes the group definite. */
  owned: boolean;
}

const MAX_WORDS = 4;

/**
 * Walks left from `b` (the first word of the group's noun or of its lower-case modifiers) over
 * the qualifying words; `at` is each token's piece index (-1: none). Countries and demonyms are
 * left to the caller, which reads them as the group's state.
 */
export function qualifyGroup(scan: Scan, b: number, at: Int32Array, fields: boolean): GroupQualifier {
  const words: string[] = [];
  let first = b;
  let owned = false;
  let j = b - 1;
  while (j >= 0 && b - j <= MAX_WORDS) {
    const t = scan.tokens[j];
    if (!t) break;
    // "Sanders' voters", "Clinton's allies": a named person's or body's possessive
    const owner =
      t.kind === "possessive" || ((t.text === "'" || t.text === "’") && t.start === scan.tokens[j - 1]?.end);
    const p = at[owner ? j - 1 : j] ?? -1;
    const piece = p >= 0 ? scan.pieces[p] : undefined;
    if (
      piece &&
      piece.last === (owner ? j - 1 : j) &&
      QUALIFYING_KINDS.has(piece.kind) &&
      !piece.note.key.startsWith("country:")
    ) {
      const name = scan.text.slice(piece.start, owner ? t.end : piece.end);
      words.unshift(name);
      first = piece.first;
      j = piece.first - 1;
      // a possessive ends the phrase: "Trump's top aides", never "the party's Trump's"
      if (owner) {
        owned = true;
        break;
      }
      continue;
    }
    if (owner || scan.named[j]) break;
    const w = scan.lower(j);
    // "Democratic strategists", "Republican officials": a party's adjective
    if (t.kind === "word" && t.cap && partyQualifiers.has(t.text)) {
      words.unshift(t.text);
      first = j--;
      continue;
    }
    // "current and former employees", "former prosecutors": who they are or were
    if (groupQualifierWords.standing.has(w)) {
      words.unshift(w);
      first = j--;
      if (w === "former" && scan.lower(j) === "and" && scan.lower(j - 1) === "current") {
        words.unshift("current", "and");
        first = j - 1;
        j -= 2;
      }
      continue;
    }
    // "cybersecurity experts", "campaign aides": a lower-case noun naming their field, at the phrase's
    // start (after a determiner, quantifier, count, name or punctuation), so that "help voters" is no group
    if (fields && words.length === 0 && first === b && fieldNoun(scan, j) && phraseOpens(scan, j - 1, at)) {
      words.unshift(w);
      first = j--;
      continue;
    }
    break;
  }
  return { first, words, owned };
}

const QUALIFYING_KINDS = new Set(["person", "organization", "media", "location"]);

// A lower-case word of a noun's shape: no function word, quantifier, verb form or adverb.
function fieldNoun(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || t.kind !== "word" || (t.cap && !t.sentStart) || scan.named[k]) return false;
  const w = scan.lower(k);
  if (w.length < 3 || !/^[a-z]+$/.test(w) || commonWordSet.has(w) || groupModifiers.has(w)) return false;
  if (groupQualifierWords.notFields.has(w)) return false;
  return !/(?:ing|ed|ly|s)$/.test(w);
}

// The token before a field noun lets a noun phrase start there: punctuation, a determiner,
// quantifier, count or preposition, or a state, demonym or party ("U.S. intelligence officials").
function phraseOpens(scan: Scan, k: number, at: Int32Array): boolean {
  const t = scan.tokens[k];
  if (!t || t.kind === "punct" || t.kind === "possessive") return true;
  if (t.cap) {
    const p = at[k] ?? -1;
    const piece = p >= 0 ? scan.pieces[p] : undefined;
    return (
      piece?.kind === "country" ||
      gazetteer.get(t.text)?.type === "demonym" ||
      partyQualifiers.has(t.text) ||
      // "But budget watchdog groups": a function word opening the sentence
      (t.sentStart && (groupQualifierWords.openers.has(scan.lower(k)) || commonWordSet.has(scan.lower(k))))
    );
  }
  const w = scan.lower(k);
  return groupQualifierWords.openers.has(w) || groupModifiers.has(w) || /^\d/.test(w);
}

/**
 * The group's name from token `from` to its noun's last token `end`, as written: quantifiers
 * and vague modifiers ("some", "other", "many") left out, a common word opening the sentence in
 * lower case ("Cybersecurity experts" → "cybersecurity experts").
 */
export function groupName(scan: Scan, from: number, end: number): string {
  let name = "";
  for (let j = from; j <= end; j++) {
    const t = scan.tokens[j];
    if (!t) break;
    const w = scan.lower(j);
    if (t.kind === "word" && !t.cap && (groupModifiers.has(w) || /^\d/.test(w)) && j < end) continue;
    const glued =
      t.kind === "possessive" || ((t.text === "'" || t.text === "’") && t.start === scan.tokens[j - 1]?.end);
    const text = !t.cap || (t.sentStart && !scan.named[j] && scan.isOrdinaryCapital(j)) ? w : t.text;
    name += name && !glued && t.start !== scan.tokens[j - 1]?.end ? ` ${text}` : text;
  }
  return name;
}

/** A group's merge key: its name in lower case, a possessive's mark dropped ("Sanders' voters" = "Sanders voters"). */
export function groupKey(name: string): string {
  return `group:${name.toLowerCase().replace(/['’]s?(?=\s|$)/g, "")}`;
}

/**
 * "Some Democratic strategists fear ... the strategists say": a group named later by its noun
 * alone is the one group of that noun the text qualified before it, when there is just one
 * ("Trump supporters" and "Clinton supporters" leave "the supporters" as it is).
 */
export function joinBareHeads(scan: Scan): void {
  const qualified = new Map<string, { note: MentionNote; start: number } | null>();
  const groups = scan.pieces.filter((p) => p.kind === "group").sort((a, b) => a.start - b.start);
  for (const p of groups) {
    const head = p.note.head;
    if (!head) continue;
    const seen = qualified.get(head);
    if (seen === undefined) qualified.set(head, { note: p.note, start: p.start });
    else if (seen && seen.note.key !== p.note.key) qualified.set(head, null);
  }
  for (const p of groups) {
    if (p.note.head || p.via !== "description") continue;
    const q = qualified.get(p.note.name);
    if (!q || q.start >= p.start) continue;
    rename(p, q.note);
  }
}

function rename(p: Piece, to: MentionNote): void {
  const { tentative, counted } = p.note;
  p.note = { ...to, ...(tentative ? { tentative } : { tentative: undefined }), ...(counted ? { counted } : {}) };
}
