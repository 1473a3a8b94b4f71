import { addMessage, type Doc } from "../doc.js";
import type { Span } from "../model.js";
import { isBoilerplate, isPageLine } from "./is-boilerplate.js";
import { splitParagraphs, trimSpan } from "./split-paragraphs.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Paragraphs and sentences of the story's body (from doc.bodyStart). Page
 * lines and stray headings go to doc.boilerplate instead, so no later stage
 * reads them as part of the story.
 */
export function segment(doc: Doc): void {
  const boilerplate = [...doc.boilerplate];
  for (const paragraph of splitParagraphs(doc.text, doc.bodyStart).flatMap((p) =>
    splitOffPageLines(doc.text, p, boilerplate),
  )) {
    const line = doc.text.slice(paragraph.start, paragraph.end);
    if (isBoilerplate(line) || overlapsAny(paragraph, boilerplate)) {
      if (!overlapsAny(paragraph, boilerplate)) boilerplate.push(paragraph);
      continue;
    }
    doc.paragraphs.push(paragraph);
    for (const sentence of splitSentences(doc.text, paragraph)) doc.sentences.push(sentence);
  }
  doc.boilerplate = boilerplate.sort((a, b) => a.start - b.start);
  if (!doc.sentences.length) addMessage(doc, "segment:no-sentences", "found no sentences in the body");
  const opening = markPositions(doc.text, "\u201c");
  const closing = markPositions(doc.text, "\u201d");
  const straight = markPositions(doc.text, '"');
  for (const paragraph of doc.paragraphs) {
    const { start, end } = paragraph;
    const open = countIn(opening, start, end) - countIn(closing, start, end);
    if (open !== 0 || countIn(straight, start, end) % 2 !== 0) {
      // Later stages read quotations; an unclosed one makes their extent a guess.
      addMessage(doc, "segment:unbalanced-quotes", "a quotation mark is not closed in this paragraph", paragraph);
    }
  }
}

/**
 * A block of several lines may carry page lines among its prose (an image
 * credit under a caption): those go to `dropped`, the runs around them stay.
 */
function splitOffPageLines(text: string, block: Span, dropped: Span[]): Span[] {
  if (text.indexOf("\n", block.start) < 0 || text.indexOf("\n", block.start) >= block.end) return [block];
  const kept: Span[] = [];
  let run: Span | null = null;
  for (let start = block.start; start < block.end; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 || newline > block.end ? block.end : newline;
    const line = trimSpan(text, start, end);
    if (line && isPageLine(text.slice(line.start, line.end))) {
      dropped.push(line);
      if (run) kept.push(run);
      run = null;
    } else if (line) run = run ? { start: run.start, end: line.end } : line;
    start = end + 1;
  }
  if (run) kept.push(run);
  return kept;
}

// Where each quotation mark stands in the text, found once per text by a native search
// (a loop over every character of every paragraph cost more); a paragraph counts its own
// by two binary searches.
function markPositions(text: string, mark: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) at.push(i);
  return at;
}

function countIn(positions: number[], from: number, to: number): number {
  return firstAtOrAfter(positions, to) - firstAtOrAfter(positions, from);
}

function firstAtOrAfter(positions: number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsAny(span: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
