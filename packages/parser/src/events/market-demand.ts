import lexicon from "../../data/response-types.json";
import type { Token } from "./tokens.js";

// "what she said is growing demand for fitness facilities", "suppliers try to meet demand": the
// want of buyers is no request of one actor to another (response-types.json, marketDemand).

const WORDS: ReadonlySet<string> = new Set(lexicon.marketDemand.words);
const BEFORE: ReadonlySet<string> = new Set(lexicon.marketDemand.before);

/** Whether the cue at `first` is "demand" the noun of markets, told by the word right before it. */
export function marketDemand(tokens: Token[], first: number, from: number): boolean {
  const word = tokens[first] as Token;
  const before = tokens[first - 1];
  return WORDS.has(word.lower) && first - 1 >= from && !!before && BEFORE.has(before.lower);
}
