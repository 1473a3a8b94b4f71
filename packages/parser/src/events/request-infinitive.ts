import type { CuePattern } from "./cue-patterns.js";
import { INFINITIVE_BREAKS } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// "told Yahoo in response to a question", "told POLITICO they planned to
// respond": a cue read across a gap to its "to" ("told X ~4 to") asks for
// nothing when that "to" ends a fixed preposition or follows the subject of a
// clause of its own; the words after it are no act asked of anyone.

/** Whether the last "to" inside the cue's words (tokens `first`..`last`) is no infinitive the cue's verb governs. */
export function toOpensNoRequest(tokens: Token[], first: number, last: number, pattern: CuePattern<unknown>): boolean {
  // "did not reply to requests": a "to" the cue spells right after its verb is that verb's own, read across no gap
  if (toFixedInCue(pattern)) return false;
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

/** Whether the cue's last "to" follows one of its words with no gap between ("reply to", not "asked X ~4 to"). */
function toFixedInCue(pattern: CuePattern<unknown>): boolean {
  const els = pattern.elements;
  for (let i = els.length - 1; i > 0; i--) {
    const el = els[i];
    if (el?.kind !== "word" || !el.alts.some((a) => a.word === "to" && !a.prefix)) continue;
    const before = els[i - 1];
    return before?.kind === "word" && !before.optional && !before.negated;
  }
  return false;
}
