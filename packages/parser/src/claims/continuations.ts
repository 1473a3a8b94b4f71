import { firstStartingAt } from "../first-starting-at.js";
import type { ClaimContext } from "./context.js";
import { followsAtOnce } from "./direct-quotes.js";
import type { ClaimDraft } from "./draft.js";
import type { Token } from "./tokens.js";

/**
 * 'Clinton said the plan would work. “And that is why ...”': a quotation
 * that stands alone right after a claim, with nothing but the rest of the
 * claim's sentence between them, goes on with that claim, as a quote split
 * by its cue does. Drafts are in text order; the merged ones are dropped.
 */
export function mergeContinuations(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    // a request's object ("calling for an inquiry") is not what the quotation after it goes on
    if (prev && !prev.stance && d.cueToken === -1 && continues(ctx, prev, d)) {
      prev.content = { start: prev.content.start, end: d.content.end };
      prev.lastToken = d.lastToken;
      if (prev.kind === "indirect") prev.kind = "partial";
      continue;
    }
    out.push(d);
  }
  return out;
}

function continues(ctx: ClaimContext, prev: ClaimDraft, d: ClaimDraft): boolean {
  if (prev.content.end > d.cue.start) return false;
  const open = firstStartingAt(ctx.tokens, d.cue.start);
  const q = ctx.quoteMark[open] as number;
  const quote = q >= 0 ? ctx.quotes[q] : undefined;
  if (!quote || quote.openTok !== open) return false;
  // the claim's last word: its content's end, or the cue and speaker after it
  const contentLast = firstStartingAt(ctx.tokens, prev.content.end) - 1;
  const last = Math.max(prev.lastToken, contentLast);
  if (last >= open || (ctx.tokens[last] as Token).end > d.cue.start) return false;
  // only the rest of the claim's own sentence may lie between: a sentence of narrative ends the claim
  if (ctx.sentenceOf[open - 1] !== ctx.sentenceOf[last]) return false;
  return followsAtOnce(ctx, last, quote);
}
