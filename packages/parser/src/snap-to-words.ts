import type { Span } from "./model.js";

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Widens a span so that it neither starts nor ends inside a word. Stages cap
 * evidence at a character budget to keep it short; the reader must still see
 * whole words ("support former", not "support form").
 */
export function snapToWords(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && isWord(text[start]) && isWord(text[start - 1])) start--;
  while (end < text.length && end > start && isWord(text[end - 1]) && isWord(text[end])) end++;
  return start === span.start && end === span.end ? span : { start, end };
}
