import { titleHeads, wordsAfterSubject } from "./lexicon.js";
import type { Scan } from "./scan.js";

// the marks after which a word opening a sentence was an exclamation ("Oops!", "Wow?")
const EXCLAIMED = new Set(["!", "?"]);
const COORDINATORS = new Set(["and", "or", "&"]);

/**
 * "Oops! ...", "Unionized casino workers are ...", "Heckuva job, ...": a word no list knows, alone
 * at a sentence's start and never written with a capital elsewhere, is a name only when what
 * follows reads as its verb ("Zentrix said", "Acme has committed", "Acme shares fell", "Acme doesn't") or its
 * title ("Acme chief ..."); before a plain lower-case word or an exclamation it is an ordinary
 * word the dictionary lacks (an interjection, an adjective, a noun of the phrase).
 */
export function isLoneOpener(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t?.sentStart || scan.capSeen.has(t.text)) return false;
  // "YouTube", "Wal-Mart", "NASA": a capital inside the word is a name's shape; "Millennials agree",
  // "Dems hope": a plural subject takes a verb with no ending to tell it by
  if (/.\p{Lu}/u.test(t.text) || t.text.endsWith("s")) return false;
  const next = scan.tokens[k + 1];
  if (!next) return false;
  if (next.kind !== "word") return EXCLAIMED.has(next.text);
  if (next.cap) return false;
  const w = scan.lower(k + 1);
  // "Boeing and Airbus said": a coordinated name waits for its partner's verb
  if (COORDINATORS.has(w) || /\d/.test(w)) return false;
  // (a verb's endings: "said", "shares", "quickly", "doesn't")
  return !wordsAfterSubject.has(w) && !titleHeads.has(w) && !/(ed|s|ly|n['’]t)$/.test(w);
}
