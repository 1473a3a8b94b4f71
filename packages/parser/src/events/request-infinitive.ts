import { INFINITIVE_BREAKS } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// "told Yahoo in response to a question", "told POLITICO they planned to
// respond": a cue read across a gap to its "to" ("told X ~4 to") asks for
// nothing when that "to" ends a fixed preposition or follows the subject of a
// clause of its own; the words after it are no act asked of anyone.

/** Whether the last "to" inside the cue's words (tokens `first`..`last`) is no infinitive the cue's verb governs. */
export function toOpensNoRequest(tokens: Token[], first: number, last: number): boolean {
  let to = -1;
  for (let k = last; k > first; k--)
    if ((tokens[k] as Token).lower === "to") {
      to = k;
      break;
    }
  if (to <= first + 1) return false;
  if (INFINITIVE_BREAKS.prepositions.has((tokens[to - 1] as Token).lower)) return true;
  // the subject must stand in the "to"'s own stretch: a comma closes an aside before it
  // ("asked the board, which she chairs, to reopen": "she" is the aside's subject, not the "to"'s)
  for (let k = to - 1; k > first; k--) {
    const w = (tokens[k] as Token).lower;
    if (w === ",") return false;
    if (INFINITIVE_BREAKS.subjects.has(w)) return true;
  }
  return false;
}
