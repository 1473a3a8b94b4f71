import type { Span } from "@newsgraph/parser";

/** The sentence that holds `span`: from the parser's sentences, else the nearest terminators around it. */
export function sentenceOf(text: string, sentences: Span[], span: Span): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (s.end <= span.start) lo = mid + 1;
    else if (s.start > span.start) hi = mid - 1;
    else return { start: s.start, end: Math.max(s.end, Math.min(span.end, text.length)) };
  }
  return guessSentence(text, span);
}

// Used when the parser gave no sentence for the span: stop at ., ! or ? followed by space, or a blank line.
function guessSentence(text: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, text.length));
  while (start > 0) {
    const prev = text[start - 1] as string;
    if (prev === "\n" || (/\s/.test(prev) && start > 1 && /[.!?]/.test(text[start - 2] as string))) break;
    start--;
  }
  let end = Math.max(start, Math.min(span.end, text.length));
  while (end < text.length) {
    const c = text[end] as string;
    if (c === "\n") break;
    end++;
    if (/[.!?]/.test(c) && (end === text.length || /\s/.test(text[end] as string))) break;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { start, end };
}

/** Clamp a span to the text so bad offsets never throw. */
export function clampSpan(text: string, span: Span): Span {
  const start = Math.max(0, Math.min(Math.trunc(span.start) || 0, text.length));
  const end = Math.max(start, Math.min(Math.trunc(span.end) || 0, text.length));
  return { start, end };
}

/** The smallest span covering every given span. */
export function cover(...spans: (Span | null | undefined)[]): Span {
  const present = spans.filter((s): s is Span => !!s);
  return {
    start: Math.min(...present.map((s) => s.start)),
    end: Math.max(...present.map((s) => s.end)),
  };
}

const fullDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * YYYY-MM-DD an item is filed under: its own date when the text gives a day;
 * a month or year inside the article's date takes the article's day, else its first day.
 */
export function effectiveDay(itemDate: string | null | undefined, publishedAt: string | null): string | null {
  const published = publishedAt?.slice(0, 10) ?? null;
  const articleDay = published && fullDate.test(published) ? published : null;
  if (itemDate && fullDate.test(itemDate)) return itemDate;
  if (itemDate && /^\d{4}(-\d{2})?$/.test(itemDate)) {
    if (articleDay?.startsWith(itemDate)) return articleDay;
    return itemDate.length === 4 ? `${itemDate}-01-01` : `${itemDate}-01`;
  }
  return articleDay;
}
