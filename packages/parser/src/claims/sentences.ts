import type { Span } from "../model.js";
import type { Token } from "./tokens.js";

/**
 * Sentence spans for when the segmenter has not run (a hand-built Doc): a
 * full stop, question or exclamation mark ends a sentence before an upper-case
 * word or a quote mark; a line break always does. Abbreviations keep their dot
 * inside the word token, so "Mr. Putin" does not split.
 */
export function fallbackSentences(text: string, tokens: Token[]): Span[] {
  const out: Span[] = [];
  let start = -1;
  let last = -1;
  const close = (end: number) => {
    if (start >= 0) out.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (start >= 0 && last >= 0 && text.slice(last, t.start).includes("\n")) close(last);
    if (start < 0) start = t.start;
    last = t.end;
    if (t.kind !== "punct" || !".!?".includes(t.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j] as Token).kind === "quote" && (tokens[j] as Token).start === last) {
      last = (tokens[j] as Token).end;
      j++;
    }
    const next = tokens[j];
    if (!next || next.upper || next.kind === "quote" || text.slice(last, next.start).includes("\n")) {
      i = j - 1;
      close(last);
    }
  }
  close(last);
  return out;
}

/**
 * Paragraph ends for quotation purposes: every line break, and every end the
 * segmenter found. A line is the unit newspapers continue quotes over, even
 * where the segmenter joins lines into one paragraph.
 */
export function paragraphEnds(text: string, paragraphs: Span[]): number[] {
  const ends: number[] = paragraphs.map((p) => p.end);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) ends.push(i);
  ends.push(text.length);
  // a typed array sorts numbers by value with no comparator called per pair; it is made from the
  // plain array and read back by index, duplicates dropped on the way, because a Set, or a typed
  // array handed to Array.from, is walked through the generic iterator (an object a step)
  const sorted = new Float64Array(ends).sort();
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(sorted[k] as number);
  return out;
}
