import type { Doc } from "../doc.js";
import { isBoilerplate } from "./is-boilerplate.js";
import { splitParagraphs } from "./split-paragraphs.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Paragraphs and sentences of the story's body (from doc.bodyStart). Page
 * lines and stray headings go to doc.boilerplate instead, so no later stage
 * reads them as part of the story.
 */
export function segment(doc: Doc): void {
  const boilerplate = [...doc.boilerplate];
  for (const paragraph of splitParagraphs(doc.text, doc.bodyStart)) {
    const line = doc.text.slice(paragraph.start, paragraph.end);
    if (isBoilerplate(line) || overlapsAny(paragraph, boilerplate)) {
      if (!overlapsAny(paragraph, boilerplate)) boilerplate.push(paragraph);
      continue;
    }
    doc.paragraphs.push(paragraph);
    for (const sentence of splitSentences(doc.text, paragraph)) doc.sentences.push(sentence);
  }
  doc.boilerplate = boilerplate.sort((a, b) => a.start - b.start);
}

function overlapsAny(span: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
