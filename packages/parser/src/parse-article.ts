import { buildActors } from "./actors/build-actors.js";
import { dropIdleCountedGroups } from "./actors/drop-idle-counted.js";
import { guessAffiliations } from "./actors/guess-affiliations.js";
import { namePartyActors } from "./actors/party-words.js";
import { findClaims } from "./claims/find-claims.js";
import { resolveDates } from "./dates/resolve-dates.js";
import type { Doc } from "./doc.js";
import { findMentions } from "./entities/find-mentions.js";
import { findAccusations } from "./events/find-accusations.js";
import { findDenials } from "./events/find-denials.js";
import { findResponses } from "./events/find-responses.js";
import { findClaimedDemands } from "./events/responses-claimed-demands.js";
import { keepDyadicResponses } from "./events/responses-dyadic.js";
import { readInput } from "./input/read-input.js";
import { linkItems } from "./links/link-items.js";
import { extractMetadata } from "./metadata/extract-metadata.js";
import type { ArticleInput, ParsedArticle, ParseOptions } from "./model.js";
import { segment } from "./segment/segment.js";
import { toParsedArticle } from "./to-parsed-article.js";

/**
 * The stages after input, in order, each with one job: header metadata →
 * segment → mentions → actors and coreference → claims → accusations →
 * denials → responses → demands told inside claims → responses kept when they have a target → counted groups no event names dropped → dates → links → guessed
 * affiliations (after the events, which compare sides) → parties named by their word alone. Each
 * reads and fills the one doc.
 */
export const STAGES: readonly ((doc: Doc, options: ParseOptions) => void)[] = [
  extractMetadata,
  segment,
  findMentions,
  buildActors,
  findClaims,
  findAccusations,
  findDenials,
  findResponses,
  findClaimedDemands,
  keepDyadicResponses,
  dropIdleCountedGroups,
  resolveDates,
  linkItems,
  guessAffiliations,
  namePartyActors,
];

/**
 * Parses one article: input, then every stage of STAGES, then the output.
 * Throws ArticleInputError only for input that cannot be used at all.
 */
export function parseArticle(input: ArticleInput, options: ParseOptions = {}): ParsedArticle {
  const doc: Doc = readInput(input, options);
  for (const stage of STAGES) stage(doc, options);
  return toParsedArticle(doc);
}
