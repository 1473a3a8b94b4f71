import {
  englishWordSet,
  firstNameGender,
  gazetteer,
  orgHeads,
  orgSuffixes,
  placeHeads,
  titleHeads,
  wordGivenNameGender,
} from "./lexicon.js";
import type { Scan } from "./scan.js";

/**
 * Persons whose names begin with a capitalised English word, which the run rules otherwise
 * read as an ordinary word before a name ("Defeat ISIS"): "Rock Hudson", "Stormy Daniels",
 * and a surname with a particle, "De La Fuente" after "Rocky De La Fuente".
 */

interface CapUse {
  /** Capitalised words the text uses alone, outside any run of capitals: "Daniels said", "Hudson's". */
  lone: Set<string>;
  /** Each capitalised word's capitalised words right before it: "Trump" ← "Donald". */
  before: Map<string, Set<string>>;
}
const capUseOf = new WeakMap<Scan, CapUse>();

function capUse(scan: Scan): CapUse {
  let use = capUseOf.get(scan);
  if (use) return use;
  use = { lone: new Set<string>(), before: new Map<string, Set<string>>() };
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== "word" || !t.cap || scan.headline[i]) continue;
    const p = tokens[i - 1];
    const n = tokens[i + 1];
    const joinedBefore = p?.kind === "word" && p.cap && scan.adjacent(i - 1, i);
    if (joinedBefore) {
      const seen = use.before.get(t.text);
      if (seen) seen.add(p.text);
      else use.before.set(t.text, new Set([p.text]));
    }
    if (joinedBefore || (n?.kind === "word" && n.cap && scan.adjacent(i, i + 1))) continue;
    use.lone.add(t.text);
  }
  capUseOf.set(scan, use);
  return use;
}

const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?$/u;

// A word that can be a surname: capitalised, no English word or word the text writes in lower case,
// no place or known name, no body's word.
function surnameLike(scan: Scan, k: number): boolean {
  const w = scan.tokens[k]?.text ?? "";
  return (
    SURNAME_SHAPE.test(w) &&
    !englishWordSet.has(scan.lower(k)) &&
    // ("Presidential Electors" where the text also writes "electors")
    !scan.seenLower(scan.lower(k)) &&
    !gazetteer.has(w) &&
    !orgHeads.has(w) &&
    !orgSuffixes.has(w) &&
    !placeHeads.has(w)
  );
}

/**
 * "Rock Hudson", "Stormy Daniels": two capitalised words mid-sentence, an English word then a
 * word that can only be a surname, is a person when the text also uses that surname alone.
 * (After "the" or "a" such a pair names a thing: "the Crew Dragon".)
 */
export function wordGivenName(scan: Scan, first: number, last: number): boolean {
  if (last !== first + 1) return false;
  const t = scan.tokens[first];
  if (!t || t.sentStart || scan.headline[first]) return false;
  const det = scan.lower(first - 1);
  if (det === "the" || det === "a" || det === "an") return false;
  const lower = scan.lower(first);
  if (titleHeads.has(lower) || orgHeads.has(t.text) || placeHeads.has(t.text)) return false;
  // ("I Still Believe Trump", "Is Now Calling Obama": a word the text writes in lower case, or
  // one before a surname that the text also gives another first name, is no given name here)
  if (scan.seenLower(lower) || !surnameLike(scan, last)) return false;
  const use = capUse(scan);
  const surname = scan.tokens[last]?.text ?? "";
  if (!use.lone.has(surname)) return false;
  for (const w of use.before.get(surname) ?? []) if (w !== t.text) return false;
  return true;
}

/**
 * "De La Fuente said": a run that is the end of a person's fuller name found earlier in the
 * text ("Rocky De La Fuente") names that person, though it opens with a capitalised word.
 */
export function tailOfPerson(scan: Scan, text: string): boolean {
  const tail = ` ${text}`;
  for (const p of scan.pieces) if (p.kind === "person" && p.note.name.endsWith(tail)) return true;
  return false;
}

// Whether the sentence holding token k is a question ("Will Biden run?").
function inQuestion(scan: Scan, k: number): boolean {
  for (let j = k + 1; j < scan.tokens.length; j++) {
    const t = scan.tokens[j];
    if (!t || (t.kind === "word" && t.sentStart)) return false;
    if (t.text === "?") return true;
    if (t.text === "." || t.text === "!") return false;
  }
  return false;
}

// "Van Biljon" where the text also writes "van Biljon": the capital is a surname's particle.
function particleBefore(scan: Scan, lower: string, surname: string): boolean {
  return uncappedBefore(scan, surname).has(lower);
}

// The lower-case forms of the uncapitalised words the text writes right before a word ("Biljon"
// ← "van"), read once a scan and word: the rule asks for every given name before a surname-like
// word, and the same surname comes back (each "Chuck Schumer" asks about "Schumer").
const uncappedBeforeOf = new WeakMap<Scan, Map<string, Set<string>>>();

function uncappedBefore(scan: Scan, word: string): Set<string> {
  let known = uncappedBeforeOf.get(scan);
  if (!known) {
    known = new Map<string, Set<string>>();
    uncappedBeforeOf.set(scan, known);
  }
  let before = known.get(word);
  if (before) return before;
  before = new Set<string>();
  const { tokens } = scan;
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]?.text === word && !tokens[k - 1]?.cap) before.add(scan.lower(k - 1));
  known.set(word, before);
  return before;
}

/**
 * "Chuck Schumer criticized ...", "Bill Nelson said" in a story about a bill, "asked Al Franken":
 * a given name that is also a common word opens a person's name (at a sentence's start, not just
 * the sentence) when a word that can only be a surname follows it and ends the run, and the text
 * gives that surname no other given name ("Will Biden run?" asks; "Joe Biden" elsewhere shows
 * that "Will" is no given name).
 */
export function givenNameBeforeSurname(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  if (!t || scan.headline[i]) return false;
  if (!firstNameGender.has(t.text) && !wordGivenNameGender.has(t.text)) return false;
  const n = scan.tokens[i + 1];
  if (n?.kind !== "word" || !n.cap || !scan.adjacent(i, i + 1) || !surnameLike(scan, i + 1)) return false;
  const after = scan.tokens[i + 2];
  if (after?.kind === "word" && after.cap && scan.adjacent(i + 1, i + 2)) return false;
  for (const w of capUse(scan).before.get(n.text) ?? []) if (w !== t.text) return false;
  return !inQuestion(scan, i) && !particleBefore(scan, scan.lower(i), n.text);
}
