import type { Doc } from "../src/doc.js";

/** A fresh Doc over `text`, as the input stage would hand it on. */
export function docOf(text: string): Doc {
  return {
    name: "test",
    text,
    meta: { title: null, dek: null, url: null, source: null, authors: [], publishedAt: null },
    bodyStart: 0,
    boilerplate: [],
    paragraphs: [],
    sentences: [],
    mentions: [],
    actors: [],
    claims: [],
    accusations: [],
    denials: [],
    responses: [],
    dates: [],
    referenceDate: null,
    messages: [],
  };
}
