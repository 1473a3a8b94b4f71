import { isAuthorAdjective, reportAuthorByAdjective } from "../actors/report-author.js";
import type { ClaimContext } from "./context.js";
import type { Token } from "./tokens.js";

// how many words may stand between the adjective and the document noun ("a congressional interim report")
const MODIFIER_REACH = 3;

/**
 * "a congressional report", "the parliamentary inquiry's findings": an adjective before the
 * document noun at `nounTok` that names its author by kind, resolved to the body the story names
 * (see report-author.ts); null when there is none.
 */
export function adjectiveAuthor(ctx: ClaimContext, nounTok: number): string | null {
  for (let k = nounTok - 1; k >= 0 && nounTok - k <= MODIFIER_REACH; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== "word") return null;
    if (isAuthorAdjective(t.lower)) return reportAuthorByAdjective(ctx.doc, t.lower, t.start);
  }
  return null;
}
