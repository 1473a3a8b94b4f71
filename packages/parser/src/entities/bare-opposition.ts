import { participleFollowers, wordsAfterSubject } from "./lexicon.js";
import type { Scan } from "./scan.js";

// Words after which "the opposition" still ends a noun phrase: clause breaks and prepositions.
const PHRASE_ENDS = new Set([
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "of",
  "in",
  "on",
  "as",
  "than",
  "since",
  "after",
]);
// Nouns for the opposition's own members and parties ("opposition parties said"): still the body.
const MEMBER_NOUNS = new Set([
  "parties",
  "party",
  "groups",
  "lawmakers",
  "politicians",
  "figures",
  "forces",
  "activists",
]);

// A word that can follow a clause's subject: an auxiliary, a reporting verb, a past or present verb.
const verbLike = (w: string) => wordsAfterSubject.has(w) || /(?:ed|s)$/.test(w);

/**
 * Whether a bare "opposition" (no state before it) at token k names the parties against the
 * government. Without its article the word is a stance ("faced fierce opposition", "stiff political
 * opposition", "opposition research"), and "in the opposition" is a place on the benches, not a body;
 * a lower-case word after it that is no verb or clause break makes it a modifier ("the opposition
 * he faced"). A sentence may open on it as a subject ("Opposition claims victory").
 */
export function bareOppositionBody(scan: Scan, k: number): boolean {
  const w = scan.lower(k + 1);
  const next = scan.tokens[k + 1];
  const word = next?.kind === "word" && !next.cap;
  if (MEMBER_NOUNS.has(w)) return true;
  if (scan.tokens[k]?.sentStart) return word && verbLike(w);
  if (scan.lower(k - 1) !== "the" || scan.lower(k - 2) === "in") return false;
  if (!word) return true;
  return wordsAfterSubject.has(w) || participleFollowers.has(w) || PHRASE_ENDS.has(w) || /ed$/.test(w);
}
