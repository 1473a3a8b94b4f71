import type { ArticleMeta, Doc } from "../doc.js";

/** A fresh Doc over `text`: what the input stage hands to the pipeline. */
export function createDoc(name: string, text: string, meta: Partial<ArticleMeta> = {}): Doc {
  return {
    name,
    text,
    meta: {
      title: meta.title ?? null,
      dek: meta.dek ?? null,
      url: meta.url ?? null,
      source: meta.source ?? null,
      authors: meta.authors ?? [],
      publishedAt: meta.publishedAt ?? null,
    },
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
