import type { Token } from "./tokens.js";

// "In her statement condemning the test, Hillary Clinton defended her record": a sentence that
// opens with a preposition and a noun phrase holding a cue sets that phrase off with a comma; the
// names after the comma are the main clause's subject and its objects, not the cue's.

const OPENERS = new Set(["in", "with", "during", "through", "after", "amid"]);
// the longest opening phrase read (tokens from the sentence's first to the comma)
const REACH = 25;

/** The index of the comma closing the opening phrase the cue's words end in (`after` is the token after them), or null. */
export function openingPhraseEnd(tokens: Token[], from: number, after: number, to: number): number | null {
  if (!OPENERS.has(tokens[from]?.lower ?? "")) return null;
  // the phrase holds no comma before the cue: the cue is inside it, not in the main clause
  for (let k = from + 1; k < after; k++) if ((tokens[k] as Token).punct) return null;
  for (let k = after; k < to && k - from <= REACH; k++) {
    const t = tokens[k] as Token;
    if (t.lower === ",") return k;
    if (t.punct) return null;
  }
  return null;
}
