import type { Doc } from "../doc.js";
import type { ArticleInput, ParseOptions } from "../model.js";

// Placeholder until the input stage lands: plain text only.
export function readInput(input: ArticleInput, options: ParseOptions): Doc {
  const text =
    typeof input === "string"
      ? input
      : input.kind === "text"
        ? input.text
        : input.kind === "record"
          ? input.record.text
          : input.html;
  return {
    name: options.name ?? "input",
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
    referenceDate: options.referenceDate ?? null,
    messages: [],
  };
}
