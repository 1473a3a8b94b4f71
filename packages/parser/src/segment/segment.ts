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
  for (const paragraph of doc.paragraphs) {
    if (!quotesBalance(doc.text, paragraph.start, paragraph.end)) {
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

// One pass over the paragraph in place (three indexOf scans of a slice cost more).
function quotesBalance(text: string, from: number, to: number): boolean {
  let open = 0;
  let straight = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) open--;
  }
  return open === 0 && straight % 2 === 0;
}

function overlapsAny(span: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
