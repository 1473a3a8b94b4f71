// Row shapes of the tables that migrations/ creates. Spans are stored as
// start/end integer pairs; evidence and sentence text are copied at ingest so
// list queries never need the article's full text.

export interface ArticleTable {
  id: string;
  url: string | null;
  text_hash: string;
  parse_hash: string;
  title: string | null;
  dek: string | null;
  source: string | null;
  authors: string;
  published_at: string | null;
  text: string;
  paragraphs: string;
  sentences: string;
  ingested_at: string;
}

/**
 * What lists and item pages show of an article: everything but its text, the spans over it
 * and the hashes ingest compares (no field shows them).
 */
export type ArticleMeta = Omit<ArticleTable, "text" | "paragraphs" | "sentences" | "text_hash" | "parse_hash">;

export const articleMetaColumns = [
  "id",
  "url",
  "title",
  "dek",
  "source",
  "authors",
  "published_at",
  "ingested_at",
] as const satisfies readonly (keyof ArticleMeta)[];

export interface ActorTable {
  id: string;
  key: string;
  name: string;
  kind: string;
  code: string | null;
  /** A person's surname (see identity/person-surname.ts), null for other actors. */
  surname: string | null;
}

export interface ActorKeyAliasTable {
  alias_key: string;
  actor_key: string;
  origin: string;
}

export interface ActorAliasTable {
  actor_id: string;
  alias: string;
  article_id: string;
}

export interface ArticleActorTable {
  article_id: string;
  local_id: string;
  actor_id: string;
  name: string;
  title: string | null;
  affiliation_id: string | null;
  aliases: string;
  mention_count: number;
}

export interface MentionTable {
  article_id: string;
  ord: number;
  actor_id: string | null;
  start: number;
  end: number;
  kind: string;
  via: string | null;
}

export interface ItemColumns {
  id: string;
  article_id: string;
  local_id: string;
  ord: number;
  /** Effective date as YYYY-MM-DD: the item's own date, else the article's. */
  day: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
}

export interface ClaimTable extends ItemColumns {
  speaker_id: string | null;
  kind: string;
  source_start: number | null;
  source_end: number | null;
  cue_start: number;
  cue_end: number;
  content_start: number;
  content_end: number;
}

export interface AccusationTable extends ItemColumns {
  accuser_id: string;
  category: string | null;
  allegation_start: number | null;
  allegation_end: number | null;
  date_value: string | null;
}

export interface DenialTable extends ItemColumns {
  denier_id: string;
  denied_start: number | null;
  denied_end: number | null;
  responds_to: string | null;
}

export interface ResponseTable extends ItemColumns {
  actor_id: string;
  type: string;
  cameo: string;
  plover: string | null;
  modality: string;
  date_value: string | null;
  date_start: number | null;
  date_end: number | null;
  responds_to: string | null;
}

/** Who an accusation names as accused, or whom a response targets. */
export interface ItemTargetTable {
  item_id: string;
  actor_id: string;
  article_id: string;
  /** The item's day, copied so an actor's received items are read newest first from the targets index. */
  day: string | null;
}

export interface MetaTable {
  key: string;
  value: number;
}

/** Kept by triggers (src/db/kept-aggregates.ts): accusations from one actor against another. */
export interface AccusationPairTable {
  accuser_id: string;
  accused_id: string;
  n: number;
}

/** Kept by triggers: an actor's count in a role (see `roleCounters`, plus MENTIONED). */
export interface ActorRoleTable {
  actor_id: string;
  role: string;
  n: number;
}

/** Kept by triggers: how many articles call an actor by a name. */
export interface ActorAliasCountTable {
  actor_id: string;
  alias: string;
  n: number;
}

/** What an actor's header shows that its article rows give (src/db/actor-summaries.ts). */
export interface ActorSummaryTable {
  actor_id: string;
  articles: number;
  mentions: number;
  title: string | null;
  affiliation_id: string | null;
  /** JSON array of names, most frequent first. */
  aliases: string;
}

export interface ActorSummaryStaleTable {
  actor_id: string;
}

export interface Database {
  meta: MetaTable;
  articles: ArticleTable;
  actors: ActorTable;
  actor_key_aliases: ActorKeyAliasTable;
  actor_aliases: ActorAliasTable;
  article_actors: ArticleActorTable;
  mentions: MentionTable;
  claims: ClaimTable;
  accusations: AccusationTable;
  accusation_targets: ItemTargetTable;
  denials: DenialTable;
  responses: ResponseTable;
  response_targets: ItemTargetTable;
  accusation_pairs: AccusationPairTable;
  actor_roles: ActorRoleTable;
  actor_alias_counts: ActorAliasCountTable;
  actor_summaries: ActorSummaryTable;
  actor_summary_stale: ActorSummaryStaleTable;
}
