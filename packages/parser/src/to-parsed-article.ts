import { type Doc, saidClaims } from "./doc.js";
import type { Mention, ParsedArticle } from "./model.js";
import { snapToWords } from "./snap-to-words.js";
import { stableId } from "./stable-id.js";

// The contract's `mentions` are named entities, so that entity recognition can be
// scored on its own; pronouns and role descriptions stay internal to coreference
// (they are listed apart, as `references`).
const isNamedMention = (m: Mention) => m.via !== "pronoun" && m.via !== "description";

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
    mentions: doc.mentions.filter(isNamedMention),
    references: doc.mentions.filter((m) => !isNamedMention(m)),
    actors: doc.actors,
    claims: saidClaims(doc),
    accusations: doc.accusations.map((a) => ({ ...a, evidence: snapToWords(doc.text, a.evidence) })),
    denials: doc.denials.map((d) => ({ ...d, evidence: snapToWords(doc.text, d.evidence) })),
    responses: doc.responses.map((r) => ({ ...r, evidence: snapToWords(doc.text, r.evidence) })),
    dates: doc.dates,
    messages: doc.messages,
  };
}
