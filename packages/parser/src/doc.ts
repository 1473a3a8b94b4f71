import type { EntityState } from "./entities/mention-note.js";
import type {
  Accusation,
  Actor,
  Claim,
  DateExpression,
  Denial,
  Mention,
  ParseMessage,
  Response,
  Span,
} from "./model.js";

/** Article metadata as the input and header stages find it. */
export interface ArticleMeta {
  title: string | null;
  dek: string | null;
  url: string | null;
  source: string | null;
  authors: string[];
  publishedAt: string | null;
}

/**
 * The working state that the pipeline's stages fill in, one after another,
 * in the order `parse-article.ts` spells out.
 */
export interface Doc {
  name: string;
  text: string;
  meta: ArticleMeta;
  /** Offset where the story's body starts (after headline, URL and byline lines). */
  bodyStart: number;
  /** Lines that are not part of the story; kept out of paragraphs and sentences. */
  boilerplate: Span[];
  paragraphs: Span[];
  sentences: Span[];
  mentions: Mention[];
  actors: Actor[];
  claims: Claim[];
  /**
   * Claims in `claims` that only report what a request asks for ("called for
   * an inquiry", "called on Turkey to halt drilling"): the event finders read
   * them (a demand may be a response), the output leaves them out.
   */
  stanceClaims?: Set<Claim>;
  accusations: Accusation[];
  denials: Denial[];
  responses: Response[];
  dates: DateExpression[];
  /** YYYY-MM-DD the relative dates resolve against, or null when unknown. */
  referenceDate: string | null;
  messages: ParseMessage[];
  /** What the mention stage learned beyond the output model (titles, affiliations), for the actor stage. */
  entities?: EntityState;
  /** Actor id -> the gender the actor stage learned from its name, honorific or description (no pronoun guesses). */
  actorGender?: Map<string, "m" | "f">;
  /** Actor ids of sources cited without a name ("a senior official"): no gendered pronoun points at one of unknown gender. */
  unnamedSources?: Set<string>;
}

export function addMessage(doc: Doc, ruleId: string, reason: string, place?: Span): void {
  doc.messages.push(place ? { ruleId, reason, place } : { ruleId, reason });
}

/** The claims the output lists: all but those that only report what a request asks for. */
export function saidClaims(doc: Doc): Claim[] {
  const stances = doc.stanceClaims;
  return stances?.size ? doc.claims.filter((c) => !stances.has(c)) : doc.claims;
}
