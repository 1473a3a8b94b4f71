import type { Span } from "../model.js";
import type { Token } from "./tokens.js";

export interface Quote {
  /** Token index of the opening mark. */
  openTok: number;
  /** Token index of the closing mark. */
  closeTok: number;
  /** Offsets just inside the marks. */
  inner: Span;
  /** Offsets including the marks. */
  outer: Span;
}

export interface QuoteScan {
  quotes: Quote[];
  /** Marks that could not be paired, for messages. */
  unpaired: Span[];
}

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);

/** Two marks of one typographic style: straight with straight, curly opening with curly opening. */
function sameStyle(opening: string, next: string): boolean {
  if (CLOSERS.has(next)) return false;
  return OPENERS.has(opening) === OPENERS.has(next);
}

/**
 * Pairs double quotation marks in one pass. A quote may run over several
 * paragraphs only in the newspaper convention: the paragraph ends with the
 * quote still open and the next paragraph opens with a quote mark. Anything
 * else left open at a paragraph's end is unbalanced and dropped, so one stray
 * mark cannot swallow the rest of the article.
 */
export function findQuotes(text: string, tokens: Token[], paragraphEnds: number[]): QuoteScan {
  const quotes: Quote[] = [];
  const unpaired: Span[] = [];
  let open = -1;
  let para = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // crossed into a new paragraph?
    if (para < paragraphEnds.length && t.start >= (paragraphEnds[para] as number)) {
      while (para < paragraphEnds.length && t.start >= (paragraphEnds[para] as number)) para++;
      if (open >= 0) {
        // the mark that carries the quote on, in the same style as the opening one, is not a new opening
        const o = tokens[open] as Token;
        if (t.kind === "quote" && sameStyle(text.slice(o.start, o.end), text.slice(t.start, t.end))) continue;
        unpaired.push({ start: o.start, end: o.end });
        open = -1;
      }
    }
    if (t.kind !== "quote") continue;
    const mark = text.slice(t.start, t.end);
    if (open < 0) {
      if (CLOSERS.has(mark)) unpaired.push({ start: t.start, end: t.end });
      else open = i;
      continue;
    }
    if (OPENERS.has(mark)) {
      // an opening mark inside an open quote: the earlier one was never closed
      const o = tokens[open] as Token;
      unpaired.push({ start: o.start, end: o.end });
      open = i;
      continue;
    }
    const o = tokens[open] as Token;
    if (t.start > o.end)
      quotes.push({
        openTok: open,
        closeTok: i,
        inner: { start: o.end, end: t.start },
        outer: { start: o.start, end: t.end },
      });
    open = -1;
  }
  if (open >= 0) {
    const o = tokens[open] as Token;
    unpaired.push({ start: o.start, end: o.end });
  }
  return { quotes, unpaired };
}
