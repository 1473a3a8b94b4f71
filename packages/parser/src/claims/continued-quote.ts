import type { Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { tokenAt } from "./tokens.js";

/**
 * The claim whose speaker said the quotation that holds `m`, when a pronoun in sentence
 * `pronounSentence` stands right after that quotation; else undefined. A claim reporting part
 * of the quotation said all of it ('"Trump doesn't understand counterterrorism," said Daniel
 * Benjamin. "He is ignorant. Mateen was radicalized here." ¶ He argued', its marks paired across
 * the cue); a quotation no claim reports, opening right after a claim's sentence in the same
 * paragraph, goes on with that claim's speaker. Either way a name inside it is one that speaker
 * talked about, and the pronoun goes on with the speaker. `byContent` is in text order.
 */
export function continuedQuoteClaim(
  ctx: ClaimContext,
  byContent: ClaimDraft[],
  m: Mention,
  pronounSentence: number,
): ClaimDraft | undefined {
  const qi = ctx.insideQuote[tokenAt(ctx.tokens, m.start)] as number;
  const q = ctx.quotes[qi];
  if (qi === -1 || !q) return undefined;
  if ((ctx.sentenceOf[q.closeTok] as number) < pronounSentence - 1) return undefined;
  const reporting = byContent.filter((e) => e.content.start < q.outer.end && e.content.end > q.outer.start);
  if (reporting.length > 0) return new Set(reporting.map((e) => e.speaker)).size === 1 ? reporting[0] : undefined;
  let before: ClaimDraft | undefined;
  for (const e of byContent) if (e.lastToken < q.openTok && (!before || e.lastToken > before.lastToken)) before = e;
  if (!before || ctx.paragraphOf[before.lastToken] !== ctx.paragraphOf[q.openTok]) return undefined;
  // only the rest of the claim's own sentence lies between
  return (ctx.sentenceOf[q.openTok] as number) - (ctx.sentenceOf[before.lastToken] as number) <= 1 ? before : undefined;
}
