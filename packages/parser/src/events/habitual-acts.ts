import lexicon from "../../data/response-types.json";
import type { Token } from "./tokens.js";

// "Israel has routinely exchanged imprisoned Palestinians", "he rarely asks surrogates to stump":
// an adverb of habit before a cue tells what someone does as a rule, not an act told between the
// story's actors.

const HABIT_ADVERBS: ReadonlySet<string> = new Set(lexicon.habitAdverbs.words);
const REACH = lexicon.habitAdverbs.reach;

/** Whether an adverb of habit stands within a few words before the cue at `first`, in its clause (from `from`). */
export function habitual(tokens: Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= from && first - k <= REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (HABIT_ADVERBS.has(t.lower)) return true;
  }
  return false;
}
