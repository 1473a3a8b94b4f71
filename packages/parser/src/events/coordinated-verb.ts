import lexicon from "../../data/response-types.json";
import type { Token } from "./tokens.js";

const FILLERS = new Set<string>(lexicon.coordinatedVerbs.fillers);
const CONTROL_VERBS = new Set<string>(lexicon.coordinatedVerbs.controlVerbs);
const REACH = lexicon.coordinatedVerbs.reach;
const CONJUNCTIONS = new Set(["and", "or"]);

/**
 * True when the verb at token `i` is joined to the clause before it by "and" / "or"
 * with only timing, tense or seeking words between ("questioned him and then arrested
 * him", "would consider charging him and would seek to extradite him"): it shares that
 * clause's subject. A verb right after "and" is left to the caller, which reads it already.
 */
export function coordinatedAcross(tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  // "and would seek to extradite": a verb of seeking before the "to"
  if (tokens[k]?.lower === "to" && CONTROL_VERBS.has(tokens[k - 1]?.lower ?? "")) k -= 2;
  const afterFillers = k;
  while (k >= from && afterFillers - k < REACH && FILLERS.has((tokens[k] as Token).lower)) k--;
  // nothing crossed: a bare "and arrested" is the caller's own case
  if (k === i - 1) return false;
  return k >= from && CONJUNCTIONS.has((tokens[k] as Token).lower);
}
