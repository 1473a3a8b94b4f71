import { buildActors } from "./actors/build-actors.js";
import { findClaims } from "./claims/find-claims.js";
import { resolveDates } from "./dates/resolve-dates.js";
import type { Doc } from "./doc.js";
import { findMentions } from "./entities/find-mentions.js";
import { findAccusations } from "./events/find-accusations.js";
import { findDenials } from "./events/find-denials.js";
import { findResponses } from "./events/find-responses.js";
import { readInput } from "./input/read-input.js";
import { linkItems } from "./links/link-items.js";
import { extractMetadata } from "./metadata/extract-metadata.js";
import type { ArticleInput, ParsedArticle, ParseOptions } from "./model.js";
import { segment } from "./segment/segment.js";
import { toParsedArticle } from "./to-parsed-article.js";

/**
 * Parses one article. The stages run in this order, each with one job:
 * input → header metadata → segment → mentions → actors and coreference →
 * claims → accusations → denials → responses → dates → links.
 * Throws ArticleInputError only for input that cannot be used at all.
 */
export function parseArticle(input: ArticleInput, options: ParseOptions = {}): ParsedArticle {
  const doc: Doc = readInput(input, options);
  extractMetadata(doc, options);
  segment(doc);
  findMentions(doc);
  buildActors(doc);
  findClaims(doc);
  findAccusations(doc);
  findDenials(doc);
  findResponses(doc);
  resolveDates(doc);
  linkItems(doc);
  return toParsedArticle(doc);
}
