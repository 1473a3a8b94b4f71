import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { TITLE_NAMING_WORDS, WORK_NOUNS } from "./lexicon.js";
import type { Quote } from "./quotes.js";
import type { Token } from "./tokens.js";

/**
 * 'she wrote in her memoir, "Hard Tides."', 'a play called "The Ferrymen"',
 * 'according to "Deep Water" by Ann Berg': the quotation is the title of a
 * made work, which names the work and reports nothing anyone said.
 */
export function namesWork(ctx: ClaimContext, q: Quote): boolean {
  const { tokens } = ctx;
  if (!titleCased(tokens, q)) return false;
  let i = q.openTok - 1;
  if (tokens[i]?.lower === ",") i--;
  const before = tokens[i];
  if (before === undefined || before.kind !== "word") return false;
  if (WORK_NOUNS.has(before.lower)) return true;
  if (TITLE_NAMING_WORDS.has(before.lower) && WORK_NOUNS.has(tokens[i - 1]?.lower ?? "")) return true;
  // 'according to "Deep Water" by Ann Berg': a source with an author is a book
  return before.lower === "to" && tokens[i - 1]?.lower === "according" && authorAfter(tokens, q.closeTok + 1);
}

// a title has few words; speech after "on his show, ..." runs longer or in sentence case
const MAX_TITLE_WORDS = 10;

/** Capitalised like a title: the first word and at least half of the words. */
function titleCased(tokens: Token[], q: Quote): boolean {
  let words = 0;
  let upper = 0;
  for (let i = q.openTok + 1; i < q.closeTok; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (words === 0 && !t.upper) return false;
    words++;
    if (t.upper) upper++;
  }
  return words > 0 && words <= MAX_TITLE_WORDS && upper * 2 >= words;
}

function authorAfter(tokens: Token[], k: number): boolean {
  const j = tokens[k]?.lower === "," ? k + 1 : k;
  return tokens[j]?.lower === "by" && tokens[j + 1]?.upper === true;
}

/** Leaves out drafts whose content lies inside a work's title. */
export function dropWorkTitles(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const titles = ctx.quotes.filter((q) => namesWork(ctx, q));
  if (titles.length === 0) return drafts;
  return drafts.filter((d) => !titles.some((q) => d.content.start >= q.inner.start && d.content.end <= q.outer.end));
}
