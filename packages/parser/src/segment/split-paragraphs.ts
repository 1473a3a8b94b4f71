import type { Span } from "../model.js";

/**
 * Paragraphs are blocks of lines between blank lines. When a text has no blank
 * line at all (pasted with single line breaks) each line is its own paragraph,
 * since hard-wrapped prose nearly always comes with blank lines between blocks.
 * Spans are trimmed of surrounding white space.
 */
export function splitParagraphs(text: string, from: number, to: number = text.length): Span[] {
  const blankLine = /\n[ \t\r\f\v\u00a0]*\n/;
  const separator = blankLine.test(text.slice(from, to)) ? /\n[ \t\r\f\v\u00a0]*(?:\n[ \t\r\f\v\u00a0]*)+/g : /\n/g;
  const spans: Span[] = [];
  let start = from;
  separator.lastIndex = from;
  for (;;) {
    const m = separator.exec(text);
    const end = m && m.index < to ? m.index : to;
    pushTrimmed(text, start, end, spans);
    if (!m || m.index >= to) break;
    start = m.index + m[0].length;
  }
  return spans;
}

export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span) out.push(span);
}

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000;
}
