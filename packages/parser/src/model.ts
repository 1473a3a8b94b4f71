// The parser's output model. It mirrors ../shared/eval/CONTRACT.md: plain JSON,
// every span a pair of UTF-16 offsets into `text` (end exclusive).

export interface Span {
  start: number;
  end: number;
}

export type ActorKind = "person" | "country" | "organization" | "group" | "media" | "location";

export interface Mention extends Span {
  kind: ActorKind;
  /** The actor this mention names, or null for places that are not actors. */
  actor: string | null;
  /** How the mention was found: a proper name, an alias, a role description, a pronoun, a metonym. */
  via?: "name" | "alias" | "description" | "pronoun" | "metonym";
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Id of the actor (country or organization) this one acts for. */
  affiliation: string | null;
  title: string | null;
  /** ISO 3166-1 alpha-3 for countries, "EU" for the European Union. */
  code: string | null;
}

export type ClaimKind = "direct" | "indirect" | "partial";

export interface Claim {
  id: string;
  speaker: string | null;
  source: Span | null;
  cue: Span;
  content: Span;
  kind: ClaimKind;
}

export interface Accusation {
  id: string;
  accuser: string;
  accused: string[];
  allegation: Span | null;
  category: string | null;
  evidence: Span;
  date?: ResolvedDate | null;
}

export interface Denial {
  id: string;
  denier: string;
  denied: Span | null;
  evidence: Span;
  respondsTo: string | null;
}

export type ResponseType =
  | "recall_ambassador"
  | "expel_diplomats"
  | "close_mission"
  | "break_relations"
  | "summon_envoy"
  | "sanction"
  | "legal_action"
  | "military_action"
  | "demand"
  | "threaten"
  | "reject"
  | "protest"
  | "investigate"
  | "consider_measures"
  | "decline_comment"
  | "admit"
  | "cooperate";

export type Modality = "done" | "announced" | "threatened" | "considered" | "negated";

export interface ResolvedDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text allows. */
  value: string;
  text: Span | null;
}

export interface Response {
  id: string;
  actor: string;
  targets: string[];
  type: ResponseType;
  cameo: string;
  plover: string | null;
  modality: Modality;
  evidence: Span;
  date: ResolvedDate | null;
  /** Id of the accusation or response this one answers. */
  respondsTo: string | null;
}

export interface DateExpression extends Span {
  value: string;
  precision: "year" | "month" | "day";
}

export interface ParseMessage {
  reason: string;
  ruleId: string;
  place?: Span;
}

export interface ParsedArticle {
  id: string;
  file?: string;
  title: string | null;
  dek: string | null;
  url: string | null;
  source: string | null;
  authors: string[];
  publishedAt: string | null;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** Named entities, places included (no pronouns or descriptions). */
  mentions: Mention[];
  /** Pronouns and role descriptions resolved to an actor ("he", "the senior diplomat"). */
  references: Mention[];
  actors: Actor[];
  claims: Claim[];
  accusations: Accusation[];
  denials: Denial[];
  responses: Response[];
  dates: DateExpression[];
  messages: ParseMessage[];
}

/** A record as it arrives in JSON / JSONL. */
export interface ArticleRecord {
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  text: string;
  authors?: string[] | null;
}

export type ArticleInput =
  | string
  | { kind: "text"; text: string }
  | { kind: "html"; html: string; url?: string | null }
  | { kind: "record"; record: ArticleRecord };

export interface ParseOptions {
  /** Reference date (YYYY-MM-DD) when the article carries none. */
  referenceDate?: string | null;
  /** A name for the input, used in errors and messages (a file name). */
  name?: string;
  /** Format of a string input; guessed from its content when absent. */
  format?: "text" | "html" | "record";
}
