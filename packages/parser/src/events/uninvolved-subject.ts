import lexicon from "../../data/denial-cues.json";
import type { Token } from "./tokens.js";

// "Moscow had never been involved", "we were not responsible for the blast":
// a negated be-form whose complement says the subject had no part in the act.
// emphatic-negation.ts leaves a be-form aside ("it was never about him" is no
// deed), yet these words deny a part in whatever the speaker's side was
// accused of, whichever words the allegation used.

const WORDS = new Set(lexicon.uninvolvedWords);
const FILLERS = new Set(lexicon.uninvolvedFillers);
/** How many filler words may stand between the negation and the word ("not in any way responsible"). */
const REACH = 4;

/** The index of the word of no part after the negation at `neg` ("never been involved"), or -1. */
export function uninvolvedAt(tokens: Token[], neg: number, to: number): number {
  for (let k = neg + 1; k < to && k <= neg + 1 + REACH; k++) {
    const t = tokens[k] as Token;
    if (WORDS.has(t.lower)) return k;
    if (t.punct || !FILLERS.has(t.lower)) return -1;
  }
  return -1;
}
