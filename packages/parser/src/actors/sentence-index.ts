import type { Doc } from "../doc.js";

// Periods that end abbreviations, not sentences, before a capital: "Mr. Putin", "U.S. Embassy".
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|No)|\b\p{Lu}(?:\.\p{Lu})*)\.$/u;

/**
 * Sentence starts for locating a mention's sentence: the segment stage's
 * sentences when it has run, otherwise a simple split at ". " + capital and
 * at line breaks.
 */
export function sentenceStarts(doc: Doc): number[] {
  if (doc.sentences.length) return doc.sentences.map((s) => s.start);
  const starts = [0];
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})|\n+/gu;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0][0] === ".") {
      const before = doc.text.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREVIATION.test(before)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Index of the sentence holding `offset`. */
export function sentenceAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
