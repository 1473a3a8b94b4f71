import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { tokenAt } from "./tokens.js";

/**
 * Marks reports of what nobody asserted as stances, which the event finders read and the output
 * leaves out: a question put in reported speech ('asked whether the plan would work', 'Asked if
 * Sanders is "realistic enough ..."') asks rather than says, and a promise's or threat's
 * infinitive ('vowed to bring back jobs', 'threatened to sue') is an act undertaken (a response),
 * not a statement. A quoted question ('"What does that mean?" Trump asked') stays a claim: a
 * speaker's own words may assert by asking.
 */
export function markUnasserted(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    if (d.stance || d.cueToken < 0) continue;
    const entry = ctx.cueAt.get(d.cueToken)?.entry;
    if (!entry) continue;
    if (entry.complement === "question" && d.kind !== "direct") d.stance = true;
    else if (entry.commits && firstWord(ctx, d) === "to") d.stance = true;
  }
}

function firstWord(ctx: ClaimContext, d: ClaimDraft): string {
  return ctx.tokens[tokenAt(ctx.tokens, d.content.start)]?.lower ?? "";
}
