import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import { mentionsIn, subjectBefore } from "./actor-roles.js";
import { isPassive, NP_BREAKS } from "./clause-words.js";
import { sentenceRange, type Token } from "./tokens.js";

// Who wrote a document that speaks: "The lawsuit alleges ...", "RIAA's notice
// claimed ...", "According to the complaint, ...". A document speaks for its
// author (ANNOTATION.md), whom the story names with the document itself
// ("RIAA's notice", "a lawsuit filed by Ohio", "a complaint from Ruiz") or
// where it first told of it ("Ohio filed a lawsuit against Acme"). Nothing is
// guessed when neither says.

const AUTHORED = new Set(cues.authoredDocuments.nouns);
/** A possessor of these is their target, not their author: "Smith's indictment". */
const TARGETED = new Set(cues.authoredDocuments.targeted);
const FILING = new Set(cues.authoredDocuments.filingVerbs);
const SOURCES = new Set(cues.authoredDocuments.sources);
/** Nouns that name the same document: "a lawsuit" told before, "the suit" now. */
const SAME = new Map<string, string>(
  cues.authoredDocuments.synonyms.flatMap((group) => group.map((w): [string, string] => [w, group[0] as string])),
);
const SUITS = new Set(cues.authoredDocuments.suits);
const SUED = new Set(cues.authoredDocuments.suedVerbs);
const LOOK_BACK = 6;
const NEW_DOCUMENT = new Set(cues.authoredDocuments.newDocument);
const SPONSORED = new Set(cues.authoredDocuments.sponsored);
/** How many lower-case words may stand between a sponsor's name and its ad: "the Rove TV ad", "a Clinton campaign ad". */
const SPONSOR_REACH = 2;

/** Whether token `i` is a document noun whose author may be read. */
export function isAuthoredDocument(tokens: Token[], i: number): boolean {
  return AUTHORED.has(tokens[i]?.lower ?? "");
}

/** The author of the document named by token `d`, from its own phrase or where the story first told of it. */
export function documentAuthor(doc: Doc, tokens: Token[], d: number): string | null {
  const noun = tokens[d];
  if (!noun || !AUTHORED.has(noun.lower)) return null;
  const own = authorInPhrase(doc, tokens, d);
  if (own) return own;
  const key = SAME.get(noun.lower) ?? noun.lower;
  const s = noun.sentence;
  const memo = lookBacks(tokens);
  // "Ohio filed a lawsuit against Acme ... The suit alleges": the nearest earlier telling of the same
  // document; one told as new ("a second lawsuit", "another complaint") with no author is another
  // document whose author the story does not name, so an older one's author is not taken
  const visited: number[] = [];
  let told: string | null | false = false;
  for (let k = d - 1; k >= 0 && (tokens[k] as Token).sentence >= s - LOOK_BACK; k--) {
    const t = tokens[k] as Token;
    if ((SAME.get(t.lower) ?? t.lower) !== key) continue;
    if (t.sentence === s) {
      const known = memo.told.get(k);
      if (known !== undefined) {
        told = known;
        break;
      }
      visited.push(k);
    }
    const [from] = sentenceRange(tokens, t.sentence);
    const author = authorInPhrase(doc, tokens, k) ?? filer(doc, tokens, from, k);
    if (author) {
      told = author;
      break;
    }
    if (toldAsNew(tokens, k, from)) {
      told = null;
      break;
    }
  }
  for (const k of visited) memo.told.set(k, told);
  if (told !== false) return told;
  // "His campaign sued the DNC ... The complaint alleged": a suit's papers are those of the nearest
  // suit told before, its filer's ("Ruiz filed a petition") or the suer's ("Acme was sued by Ohio": Ohio)
  if (!SUITS.has(key)) return null;
  const suits: number[] = [];
  let suer: string | null = null;
  for (let k = d - 1; k >= 0 && (tokens[k] as Token).sentence >= s - LOOK_BACK; k--) {
    const t = tokens[k] as Token;
    const [from] = sentenceRange(tokens, t.sentence);
    if (SUITS.has(SAME.get(t.lower) ?? t.lower)) {
      if (t.sentence === s) {
        const known = memo.suer.get(k);
        if (known !== undefined) {
          suer = known;
          break;
        }
        suits.push(k);
      }
      const author = authorInPhrase(doc, tokens, k) ?? filer(doc, tokens, from, k);
      if (author) {
        suer = author;
        break;
      }
      if (toldAsNew(tokens, k, from)) break;
      continue;
    }
    if (!SUED.has(t.lower)) continue;
    suer = isPassive(tokens, k, from)
      ? byAgent(doc, tokens, k)
      : (subjectBefore(doc, (tokens[from] as Token).start, t.start)?.actor ?? null);
    break;
  }
  for (const k of suits) memo.suer.set(k, suer);
  return suer;
}

// Each document noun looks back for an earlier telling of the same document, and a noun told
// before hands the look on to the nouns before it: a sentence that names the same kind of
// document many times had each look walk back over all the others (quadratic). What a look
// back from a noun's place finds depends on that place and its sentence alone, so it is kept for
// each noun it passed in the sentence of the noun that looked, for the next noun of that sentence
// to take as it meets it. `told`: false when no telling of the same document is found.
interface LookBacks {
  told: Map<number, string | null | false>;
  suer: Map<number, string | null>;
}
const lookBackCache = new WeakMap<Token[], LookBacks>();
let lastTokens: Token[] | null = null;
let lastLookBacks: LookBacks | null = null;

function lookBacks(tokens: Token[]): LookBacks {
  if (tokens === lastTokens && lastLookBacks) return lastLookBacks;
  let hit = lookBackCache.get(tokens);
  if (!hit) {
    hit = { told: new Map(), suer: new Map() };
    lookBackCache.set(tokens, hit);
  }
  lastTokens = tokens;
  lastLookBacks = hit;
  return hit;
}

/** "a lawsuit", "another complaint", "a second suit": the noun phrase at `k` opens with a word telling a new document. */
function toldAsNew(tokens: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    const w = (tokens[j] as Token).lower;
    if (NEW_DOCUMENT.has(w)) return true;
    if ((tokens[j] as Token).punct || NP_BREAKS.has(w)) return false;
  }
  return false;
}

/** "Acme was sued by Ohio": the name right after "by". */
function byAgent(doc: Doc, tokens: Token[], verb: number): string | null {
  const by = tokens[verb + 1];
  if (by?.lower !== "by") return null;
  const m = mentionsIn(doc, by.end, by.end + 80)[0];
  return m && m.start - by.end < 6 ? m.actor : null;
}

/** "RIAA's notice", "a lawsuit filed by Ohio", "the complaint from Ruiz". */
function authorInPhrase(doc: Doc, tokens: Token[], d: number): string | null {
  const noun = tokens[d] as Token;
  if (!TARGETED.has(noun.lower)) {
    // the possessor within the noun phrase: "RIAA's DMCA notice", "the state's complaint"
    for (let k = d - 1; k >= 0 && k >= d - 4; k--) {
      const t = tokens[k] as Token;
      if (t.sentence !== noun.sentence || NP_BREAKS.has(t.lower)) break;
      if (!/['’]s?$/u.test(doc.text.slice(t.start, t.end)) && !/['’]$/u.test(t.lower)) continue;
      const owner = mentionsIn(doc, Math.max(0, t.start - 80), t.end).find((m) => m.end >= t.end - 2);
      if (owner) return owner.actor;
    }
  }
  const sponsor = SPONSORED.has(noun.lower) ? sponsorBefore(doc, tokens, d) : null;
  if (sponsor) return sponsor;
  // "a lawsuit filed by Ohio", "a complaint from Ruiz", "a report by the UN"
  for (let k = d + 1; k < tokens.length && k <= d + 3; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence) break;
    if (SOURCES.has(t.lower)) {
      const next = tokens[k + 1];
      if (!next) return null;
      const m = mentionsIn(doc, next.start, next.start + 80)[0];
      return m && m.start - next.start < 20 ? m.actor : null;
    }
    if (!FILING.has(t.lower)) return null;
  }
  return null;
}

/** "Ohio filed a lawsuit": the subject of a filing verb that takes the document as its object. */
function filer(doc: Doc, tokens: Token[], from: number, d: number): string | null {
  for (let k = d - 1; k >= from && k >= d - 4; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    if (!FILING.has(t.lower)) continue;
    const subject = subjectBefore(doc, (tokens[from] as Token).start, t.start);
    return subject?.actor ?? null;
  }
  return null;
}

/**
 * "The Rove ad", "a new Clinton campaign ad": the name right before an
 * advertising noun (over at most two lower-case words) sponsors it; "an
 * anti-Trump ad" or "a pro-Cruz spot" names its target or its hero instead.
 */
function sponsorBefore(doc: Doc, tokens: Token[], d: number): string | null {
  const noun = tokens[d] as Token;
  for (let k = d - 1; k >= 0 && k >= d - 1 - SPONSOR_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence || t.punct) return null;
    const m = mentionsIn(doc, Math.max(0, t.start - 80), t.end).find((x) => x.end === t.end);
    if (m) return /-\s*$/u.test(doc.text.slice(Math.max(0, m.start - 2), m.start)) ? null : m.actor;
    if (!/^\p{Ll}+$/u.test(doc.text.slice(t.start, t.end)) || NP_BREAKS.has(t.lower)) return null;
  }
  return null;
}
