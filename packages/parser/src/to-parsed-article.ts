import type { Doc } from "./doc.js";
import type { ParsedArticle } from "./model.js";
import { stableId } from "./stable-id.js";

export function toParsedArticle(doc: Doc): ParsedArticle {
  return {
    id: stableId(doc.meta.url ?? doc.text),
    title: doc.meta.title,
    dek: doc.meta.dek,
    url: doc.meta.url,
    source: doc.meta.source,
    authors: doc.meta.authors,
    publishedAt: doc.meta.publishedAt,
    text: doc.text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    mentions: doc.mentions,
    actors: doc.actors,
    claims: doc.claims,
    accusations: doc.accusations,
    denials: doc.denials,
    responses: doc.responses,
    dates: doc.dates,
    messages: doc.messages,
  };
}
