import { firstStartingAt } from "../first-starting-at.js";
import type { ClaimContext } from "./context.js";
import { type Token, tokenAt } from "./tokens.js";

// how many mentions before the phrase a group's may start
const LOOKBACK = 8;

/**
 * The first token of the noun phrase from `k` to `j`, widened to the start of a group's mention
 * that ends with the phrase's head but starts before it: the words that say which group it is
 * may hold a possessive or an "and" the phrase stops at ("Cruz's allies", "three current and
 * former Podesta employees"), and they are still the subject's. Not before token `lo`.
 */
export function groupPhraseStart(ctx: ClaimContext, k: number, j: number, lo: number): number {
  const { tokens, mentions } = ctx;
  const head = tokens[j] as Token;
  const first = tokens[k] as Token;
  const floor = (tokens[lo] as Token).start;
  const from = firstStartingAt(mentions, first.start) - 1;
  for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
    const m = mentions[i];
    if (!m || m.start < floor) break;
    if (m.kind === "group" && m.end === head.end && m.start < first.start) return tokenAt(tokens, m.start);
  }
  return k;
}
