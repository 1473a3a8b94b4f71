import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { resolveNounPhrase } from "./speaker.js";
import type { Token } from "./tokens.js";

const MAX_SOURCE_WORDS = 4;
const MIN_CONTENT_TOKENS = 3;
const TRAILING = new Set([".", "!", "?"]);

/**
 * A headline of the form "Graham: Trump's rhetoric destroying GOP's chance":
 * the article's first paragraph opens with a short capitalised source and a
 * colon, and the rest of the line is what that source said.
 */
export function findHeadlineColon(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const { tokens } = ctx;
  const first = tokens[0];
  if (!first || first.kind !== "word" || !first.upper) return [];
  let colon = 1;
  while (colon < tokens.length && colon <= MAX_SOURCE_WORDS && (tokens[colon] as Token).kind === "word") colon++;
  const mark = tokens[colon];
  if (!mark || mark.lower !== ":" || usedCues.has(colon) || ctx.paragraphOf[colon] !== ctx.paragraphOf[0]) return [];
  // the line after the colon, within the first paragraph
  let end = colon + 1;
  while (end + 1 < tokens.length && ctx.paragraphOf[end + 1] === ctx.paragraphOf[0]) {
    if (ctx.text.slice((tokens[end] as Token).end, (tokens[end + 1] as Token).start).includes("\n")) break;
    end++;
  }
  while (end > colon && (TRAILING.has((tokens[end] as Token).lower) || (tokens[end] as Token).kind === "quote")) end--;
  const after = tokens[colon + 1];
  if (!after || end - colon < MIN_CONTENT_TOKENS || !after.upper) return [];
  usedCues.add(colon);
  const who = resolveNounPhrase(ctx, 0, colon - 1);
  return [
    {
      speaker: who.speaker,
      source: who.source,
      cue: { start: mark.start, end: mark.end },
      content: { start: after.start, end: (tokens[end] as Token).end },
      kind: "indirect",
      cueToken: colon,
      lastToken: end,
    },
  ];
}
