import type { Doc } from "../doc.js";

// The whole text lower-cased once per doc, shared by every stage that reads
// words in lower case (the event and claim tokenisers, the date cues), so no
// stage lower-cases word by word. Slicing it gives a word's own lower case
// only when every offset is kept (not so with "İ", which lower-cases to two
// characters) and no capital sigma occurs (whose lower case depends on the
// letters around it); otherwise it is null and callers lower-case per word.

const cache = new WeakMap<Doc, string | null>();

export function lowerTextOf(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes("Σ") ? lower : null;
}

export function lowerText(doc: Doc): string | null {
  let hit = cache.get(doc);
  if (hit === undefined) {
    hit = lowerTextOf(doc.text);
    cache.set(doc, hit);
  }
  return hit;
}
