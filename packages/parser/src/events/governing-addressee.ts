import { GOVERNING_ADDRESSEES } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// "urged the administration to raise the cutoff", "called on the government to
// block the visit": the one asked is a governing body named by its bare noun,
// no name, so no actor mention stands there; it is the story's government. A
// modifier ("the Chinese government", "the previous administration") may name
// another, so only "the" and the noun, with the "to" of what is asked right
// after, are read.

/** Whether tokens from `i` read "the" + a governing noun + "to" (the one a demand's cue asks). */
export function governingAddressee(tokens: Token[], i: number, to: number): boolean {
  if (i + 2 >= to) return false;
  return (
    (tokens[i] as Token).lower === "the" &&
    GOVERNING_ADDRESSEES.has((tokens[i + 1] as Token).lower) &&
    (tokens[i + 2] as Token).lower === "to"
  );
}
