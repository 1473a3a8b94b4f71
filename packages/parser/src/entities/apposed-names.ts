import { kinNouns, namingNouns, titleHeads } from "./lexicon.js";
import type { Scan } from "./scan.js";

// What may close a name set off by commas after its noun.
const CLOSERS = new Set([",", ".", ";", ")", ":"]);

/**
 * "Her mother, Anwar, wept", "the spokesman, Dalgaard, said": a name set off by commas right
 * after a kin noun or a title in lower case is that person's; and "using the pseudonym Katya":
 * a name right after a noun that introduces what a person is called.
 */
export function apposedPersonCue(scan: Scan, first: number, last: number): boolean {
  const { tokens } = scan;
  const prev = tokens[first - 1];
  if (prev?.kind === "word" && !prev.cap && namingNouns.has(prev.text)) return true;
  if (prev?.text !== ",") return false;
  const noun = tokens[first - 2];
  if (noun?.kind !== "word" || noun.cap || !(kinNouns.has(noun.text) || titleHeads.has(noun.text))) return false;
  const after = tokens[last + 1];
  return !after || after.lineStart || CLOSERS.has(after.text);
}
