import type { ClaimContext } from "./context.js";
import { PAST_TENSE_VERBS } from "./lexicon.js";
import type { Token } from "./tokens.js";

// how many tokens an apposition after a subject may hold: ", R-Ky.,", ", the party's leader,"
const APPOSITION_REACH = 10;

/**
 * 'McConnell, R-Ky., delivered a blunt message': the past-tense verb right after
 * an apposition set off by commas behind token `named`, or null. A comma before a
 * verb otherwise marks an inverted cue, so the clause's verb search skips it.
 */
export function verbAfterApposition(ctx: ClaimContext, named: number, hi: number): number | null {
  const { tokens } = ctx;
  if (tokens[named + 1]?.lower !== ",") return null;
  for (let k = named + 2; k + 1 < hi && k - named <= APPOSITION_REACH; k++) {
    if ((tokens[k] as Token).lower !== ",") continue;
    const v = tokens[k + 1] as Token;
    if (v.kind !== "word" || v.upper) return null;
    return PAST_TENSE_VERBS.has(v.lower) || (v.lower.length > 4 && v.lower.endsWith("ed")) ? k + 1 : null;
  }
  return null;
}
