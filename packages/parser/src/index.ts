export { ArticleInputError } from "./errors.js";
export type {
  Accusation,
  Actor,
  ActorKind,
  ArticleInput,
  ArticleRecord,
  Claim,
  ClaimKind,
  DateExpression,
  Denial,
  Mention,
  Modality,
  ParsedArticle,
  ParseMessage,
  ParseOptions,
  ResolvedDate,
  Response,
  ResponseType,
  Span,
} from "./model.js";
export { parseArticle } from "./parse-article.js";
export { type ArticleJob, type ArticleOutcome, parseArticles } from "./parse-articles.js";
