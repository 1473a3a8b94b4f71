/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An actor alleges that others did something wrong. */
export type Accusation = {
  __typename?: 'Accusation';
  accused: Array<Actor>;
  accuser: Actor;
  /** What the accused are said to have done. */
  allegation?: Maybe<Passage>;
  article: Article;
  category?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** Denials that answer this accusation. */
  denials: Array<Denial>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** The date the text gives for the alleged act (YYYY, YYYY-MM or YYYY-MM-DD), if any. */
  resolvedDate?: Maybe<Scalars['String']['output']>;
  /** Responses the text ties to this accusation. */
  responses: Array<Response>;
};

export type AccusationConnection = {
  __typename?: 'AccusationConnection';
  edges: Array<AccusationEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccusationEdge = {
  __typename?: 'AccusationEdge';
  cursor: Scalars['String']['output'];
  node: Accusation;
};

export type AccusationFilter = {
  /** The accuser. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Only items of this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Allegation categories (case-insensitive). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One of the accused. */
  counterpart?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Words that occur in the item's evidence (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher of the article, e.g. Wikinews (case-insensitive). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** On or before this day; a month or year includes all of it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The top accusers (rows) by the top accused (columns). */
export type AccusationMatrix = {
  __typename?: 'AccusationMatrix';
  /** Columns, with each accused's total. */
  accused: Array<ActorCount>;
  /** Rows, with each accuser's total. */
  accusers: Array<ActorCount>;
  /** The non-empty cells. */
  cells: Array<AccusationNetworkEdge>;
  /** counts[row][column]: accusations by accusers[row] against accused[column]. */
  counts: Array<Array<Scalars['Int']['output']>>;
};

export type AccusationNetwork = {
  __typename?: 'AccusationNetwork';
  edges: Array<AccusationNetworkEdge>;
  /** Every actor at either end of an edge. */
  nodes: Array<Actor>;
};

/** Accusations from one actor against another. */
export type AccusationNetworkEdge = {
  __typename?: 'AccusationNetworkEdge';
  /** The accusations behind the edge, newest first. */
  accusations: Array<Accusation>;
  accused: Actor;
  accuser: Actor;
  count: Scalars['Int']['output'];
};


/** Accusations from one actor against another. */
export type AccusationNetworkEdgeAccusationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A participant, merged across articles by its identity key. */
export type Actor = {
  __typename?: 'Actor';
  accusationsMade: AccusationConnection;
  accusationsReceived: AccusationConnection;
  /** The country or organization articles most often say this actor acts for. */
  affiliation?: Maybe<Actor>;
  /** Every name articles use for this actor, most frequent first. */
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  /** Claims this actor made. */
  claims: ClaimConnection;
  /** ISO 3166-1 alpha-3 for countries, EU for the EU. */
  code?: Maybe<Scalars['String']['output']>;
  counts: ActorCounts;
  denials: DenialConnection;
  id: Scalars['ID']['output'];
  /** Identity key that merges this actor across articles. */
  key: Scalars['String']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  responsesGiven: ResponseConnection;
  responsesReceived: ResponseConnection;
  /** The role articles give this actor most often. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorAccusationsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorAccusationsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorDenialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorResponsesGivenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A participant, merged across articles by its identity key. */
export type ActorResponsesReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ActorCount = {
  __typename?: 'ActorCount';
  actor: Actor;
  count: Scalars['Int']['output'];
};

export type ActorCounts = {
  __typename?: 'ActorCounts';
  accusationsMade: Scalars['Int']['output'];
  accusationsReceived: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  denials: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  responsesGiven: Scalars['Int']['output'];
  responsesReceived: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFilter = {
  /** ISO 3166-1 alpha-3 code (or EU): the country and actors affiliated with it. */
  country?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Words in the actor's name or any alias (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ActorKind =
  | 'country'
  | 'group'
  | 'location'
  | 'media'
  | 'organization'
  | 'person';

/** What an actor does in an item: the counts behind `topActors`. */
export type ActorRole =
  | 'ACCUSED'
  | 'ACCUSER'
  | 'DENIER'
  | 'MENTIONED'
  | 'RESPONDER'
  | 'RESPONSE_TARGET'
  | 'SPEAKER';

/** A stored article and everything the parser found in it. */
export type Article = {
  __typename?: 'Article';
  accusations: Array<Accusation>;
  actors: Array<ArticleActor>;
  authors: Array<Scalars['String']['output']>;
  claims: Array<Claim>;
  dek?: Maybe<Scalars['String']['output']>;
  denials: Array<Denial>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['String']['output'];
  mentions: Array<Mention>;
  paragraphs: Array<Passage>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  responses: Array<Response>;
  sentences: Array<Passage>;
  source?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** An actor as one article presents it. */
export type ArticleActor = {
  __typename?: 'ArticleActor';
  actor: Actor;
  affiliation?: Maybe<Actor>;
  aliases: Array<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  /** The name this article uses. */
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  /** Articles in which this actor appears. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or after (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Words in the title or text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher (case-insensitive). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before; a month or year includes all of it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleRecordInput = {
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Content attributed to a source through a reporting cue. */
export type Claim = {
  __typename?: 'Claim';
  article: Article;
  content: Passage;
  cue: Passage;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  /** The words that name the speaker. */
  source?: Maybe<Passage>;
  speaker?: Maybe<Actor>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** The speaker. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Only items of this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** An actor named in the claim's content. */
  counterpart?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ClaimKind>>;
  /** Words that occur in the item's evidence (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher of the article, e.g. Wikinews (case-insensitive). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** On or before this day; a month or year includes all of it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ClaimKind =
  | 'direct'
  | 'indirect'
  | 'partial';

export type CorpusStats = {
  __typename?: 'CorpusStats';
  accusations: Scalars['Int']['output'];
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  denials: Scalars['Int']['output'];
  firstPublished?: Maybe<Scalars['String']['output']>;
  lastPublished?: Maybe<Scalars['String']['output']>;
  mentions: Scalars['Int']['output'];
  responses: Scalars['Int']['output'];
  sources: Array<SourceCount>;
};

export type DeleteArticleResult = {
  __typename?: 'DeleteArticleResult';
  /** False when no such article was stored. */
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** An actor rejects an allegation or claim about itself or its side. */
export type Denial = {
  __typename?: 'Denial';
  article: Article;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** What is denied. */
  denied?: Maybe<Passage>;
  denier: Actor;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  respondsTo?: Maybe<Accusation>;
};

export type DenialConnection = {
  __typename?: 'DenialConnection';
  edges: Array<DenialEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DenialEdge = {
  __typename?: 'DenialEdge';
  cursor: Scalars['String']['output'];
  node: Denial;
};

export type DenialFilter = {
  /** The denier. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Only items of this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** The accuser of the denied accusation. */
  counterpart?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Words that occur in the item's evidence (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher of the article, e.g. Wikinews (case-insensitive). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** On or before this day; a month or year includes all of it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Where an item comes from: its span, the words of it, the sentence around it, and the article. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  end: Scalars['Int']['output'];
  sentence: Passage;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type IngestArticleError = {
  __typename?: 'IngestArticleError';
  code: IngestErrorCode;
  message: Scalars['String']['output'];
};

/** Exactly one of text, html or record. */
export type IngestArticleInput = {
  /** A saved web page. */
  html?: InputMaybe<Scalars['String']['input']>;
  record?: InputMaybe<ArticleRecordInput>;
  /** YYYY-MM-DD that relative dates resolve against when the article has none. */
  referenceDate?: InputMaybe<Scalars['String']['input']>;
  /** A plain-text article as a person would paste it. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Where the HTML came from. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestArticleResult = IngestArticleError | IngestArticleSuccess;

export type IngestArticleSuccess = {
  __typename?: 'IngestArticleSuccess';
  article: Article;
  status: IngestStatus;
};

export type IngestErrorCode =
  | 'BINARY'
  | 'EMPTY'
  | 'INVALID_INPUT'
  | 'INVALID_JSON'
  | 'INVALID_RECORD'
  | 'NO_ARTICLE'
  | 'PARSE_FAILED'
  | 'STORE_FAILED'
  | 'TOO_LARGE';

export type IngestStatus =
  /** A new article. */
  | 'STORED'
  /** Already stored, parsed the same; nothing written. */
  | 'UNCHANGED'
  /** A known article whose parse changed; its items were replaced. */
  | 'UPDATED';

/** A place in the text that names an entity. */
export type Mention = {
  __typename?: 'Mention';
  actor?: Maybe<Actor>;
  end: Scalars['Int']['output'];
  kind: ActorKind;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  via?: Maybe<Scalars['String']['output']>;
};

export type Modality =
  | 'announced'
  | 'considered'
  | 'done'
  | 'negated'
  | 'threatened';

export type Mutation = {
  __typename?: 'Mutation';
  deleteArticle: DeleteArticleResult;
  /** Parses and stores an article: the stored article, or why it could not be. */
  ingestArticle: IngestArticleResult;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A span of an article's text: UTF-16 offsets (end exclusive) and the words there. */
export type Passage = {
  __typename?: 'Passage';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  accusation?: Maybe<Accusation>;
  accusationMatrix: AccusationMatrix;
  /** Accuser → accused edges with counts, the heaviest first. */
  accusationNetwork: AccusationNetwork;
  accusations: AccusationConnection;
  actor?: Maybe<Actor>;
  /** Actors, those in the most articles first. */
  actors: ActorConnection;
  article?: Maybe<Article>;
  articles: ArticleConnection;
  claim?: Maybe<Claim>;
  claims: ClaimConnection;
  corpusStats: CorpusStats;
  denial?: Maybe<Denial>;
  denials: DenialConnection;
  response?: Maybe<Response>;
  responses: ResponseConnection;
  /** Responses counted by period and type, oldest period first. */
  responsesTimeline: Array<TimelinePoint>;
  topActors: Array<ActorCount>;
};


export type QueryAccusationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccusationMatrixArgs = {
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAccusationNetworkArgs = {
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAccusationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccusationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDenialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDenialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DenialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResponseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResponseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResponsesTimelineArgs = {
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<ResponseFilter>;
};


export type QueryTopActorsArgs = {
  filter?: InputMaybe<TopActorsFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  role: ActorRole;
};

/** An action an actor takes, announces, threatens or weighs toward targets. */
export type Response = {
  __typename?: 'Response';
  actor: Actor;
  article: Article;
  /** CAMEO event code. */
  cameo: Scalars['String']['output'];
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** The words that date the action. */
  dateText?: Maybe<Passage>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  modality: Modality;
  /** PLOVER event category. */
  plover?: Maybe<Scalars['String']['output']>;
  /** The date the text gives for the action (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's. */
  resolvedDate?: Maybe<Scalars['String']['output']>;
  respondsTo?: Maybe<ResponseCause>;
  targets: Array<Actor>;
  type: ResponseType;
};

/** The item a response answers. */
export type ResponseCause = Accusation | Claim | Denial | Response;

export type ResponseConnection = {
  __typename?: 'ResponseConnection';
  edges: Array<ResponseEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ResponseEdge = {
  __typename?: 'ResponseEdge';
  cursor: Scalars['String']['output'];
  node: Response;
};

export type ResponseFilter = {
  /** The actor that responds. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Only items of this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** One of the response's targets. */
  counterpart?: InputMaybe<Scalars['ID']['input']>;
  /** On or after this day (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  /** Words that occur in the item's evidence (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Publisher of the article, e.g. Wikinews (case-insensitive). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** On or before this day; a month or year includes all of it. */
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ResponseType>>;
};

export type ResponseType =
  | 'admit'
  | 'break_relations'
  | 'close_mission'
  | 'consider_measures'
  | 'cooperate'
  | 'decline_comment'
  | 'demand'
  | 'expel_diplomats'
  | 'investigate'
  | 'legal_action'
  | 'military_action'
  | 'protest'
  | 'recall_ambassador'
  | 'reject'
  | 'sanction'
  | 'summon_envoy'
  | 'threaten';

export type SourceCount = {
  __typename?: 'SourceCount';
  count: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
};

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  count: Scalars['Int']['output'];
  /** YYYY, YYYY-MM or YYYY-MM-DD, by the bucket asked for. */
  period: Scalars['String']['output'];
  type: ResponseType;
};

export type TopActorsFilter = {
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  source?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ActorAccusationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorAccusationsQuery = { __typename?: 'Query', accusationsMade: { __typename?: 'AccusationConnection', edges: Array<{ __typename?: 'AccusationEdge', node: { __typename?: 'Accusation', id: string, date?: string | null, category?: string | null, accuser: { __typename?: 'Actor', id: string, name: string }, accused: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string, sentence: { __typename?: 'Passage', text: string } } } }> }, accusationsReceived: { __typename?: 'AccusationConnection', edges: Array<{ __typename?: 'AccusationEdge', node: { __typename?: 'Accusation', id: string, date?: string | null, category?: string | null, accuser: { __typename?: 'Actor', id: string, name: string }, accused: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string, sentence: { __typename?: 'Passage', text: string } } } }> } };

export type ActorResponsesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorResponsesQuery = { __typename?: 'Query', responsesGiven: { __typename?: 'ResponseConnection', edges: Array<{ __typename?: 'ResponseEdge', node: { __typename?: 'Response', id: string, date?: string | null, resolvedDate?: string | null, type: ResponseType, modality: Modality, actor: { __typename?: 'Actor', id: string, name: string }, targets: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string }, respondsTo?:
          | { __typename: 'Accusation', id: string, accuser: { __typename?: 'Actor', name: string } }
          | { __typename: 'Claim', id: string }
          | { __typename: 'Denial', id: string }
          | { __typename: 'Response', id: string, type: ResponseType }
         | null } }> }, responsesReceived: { __typename?: 'ResponseConnection', edges: Array<{ __typename?: 'ResponseEdge', node: { __typename?: 'Response', id: string, date?: string | null, resolvedDate?: string | null, type: ResponseType, modality: Modality, actor: { __typename?: 'Actor', id: string, name: string }, targets: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string }, respondsTo?:
          | { __typename: 'Accusation', id: string, accuser: { __typename?: 'Actor', name: string } }
          | { __typename: 'Claim', id: string }
          | { __typename: 'Denial', id: string }
          | { __typename: 'Response', id: string, type: ResponseType }
         | null } }> } };

export type ActorDenialsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorDenialsQuery = { __typename?: 'Query', denials: { __typename?: 'DenialConnection', edges: Array<{ __typename?: 'DenialEdge', node: { __typename?: 'Denial', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> } };

export type ActorClaimsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorClaimsQuery = { __typename?: 'Query', claims: { __typename?: 'ClaimConnection', edges: Array<{ __typename?: 'ClaimEdge', node: { __typename?: 'Claim', id: string, date?: string | null, content: { __typename?: 'Passage', text: string }, article: { __typename?: 'Article', id: string } } }> } };

export type ActorArticlesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorArticlesQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, articles: { __typename?: 'ArticleConnection', edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null } }> } } | null };

export type ActorHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorHeaderQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, name: string, kind: ActorKind, code?: string | null, title?: string | null, aliases: Array<string>, affiliation?: { __typename?: 'Actor', id: string, name: string } | null, counts: { __typename?: 'ActorCounts', articles: number, mentions: number, claims: number, accusationsMade: number, accusationsReceived: number, denials: number, responsesGiven: number, responsesReceived: number } } | null };

export type ActorTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorTimelineQuery = { __typename?: 'Query', claimsMade: { __typename?: 'ClaimConnection', edges: Array<{ __typename?: 'ClaimEdge', node: { __typename?: 'Claim', id: string, date?: string | null, content: { __typename?: 'Passage', text: string }, article: { __typename?: 'Article', id: string } } }> }, accusationsMade: { __typename?: 'AccusationConnection', edges: Array<{ __typename?: 'AccusationEdge', node: { __typename?: 'Accusation', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> }, accusationsReceived: { __typename?: 'AccusationConnection', edges: Array<{ __typename?: 'AccusationEdge', node: { __typename?: 'Accusation', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> }, denials: { __typename?: 'DenialConnection', edges: Array<{ __typename?: 'DenialEdge', node: { __typename?: 'Denial', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> }, responsesGiven: { __typename?: 'ResponseConnection', edges: Array<{ __typename?: 'ResponseEdge', node: { __typename?: 'Response', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> }, responsesReceived: { __typename?: 'ResponseConnection', edges: Array<{ __typename?: 'ResponseEdge', node: { __typename?: 'Response', id: string, date?: string | null, evidence: { __typename?: 'Evidence', text: string }, article: { __typename?: 'Article', id: string } } }> } };

export type ArticlePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticlePageQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title?: string | null, dek?: string | null, url?: string | null, source?: string | null, authors: Array<string>, publishedAt?: string | null, text: string, paragraphs: Array<{ __typename?: 'Passage', start: number, end: number }>, mentions: Array<{ __typename?: 'Mention', start: number, end: number, actor?: { __typename?: 'Actor', id: string } | null }>, actors: Array<{ __typename?: 'ArticleActor', name: string, title?: string | null, mentionCount: number, actor: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } }>, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, speaker?: { __typename?: 'Actor', id: string, name: string } | null, source?: { __typename?: 'Passage', start: number, end: number } | null, cue: { __typename?: 'Passage', start: number, end: number }, content: { __typename?: 'Passage', start: number, end: number, text: string }, evidence: { __typename?: 'Evidence', start: number, end: number, text: string } }>, accusations: Array<{ __typename?: 'Accusation', id: string, date?: string | null, category?: string | null, accuser: { __typename?: 'Actor', id: string, name: string }, accused: Array<{ __typename?: 'Actor', id: string, name: string }>, evidence: { __typename?: 'Evidence', start: number, end: number, text: string } }>, denials: Array<{ __typename?: 'Denial', id: string, date?: string | null, denier: { __typename?: 'Actor', id: string, name: string }, evidence: { __typename?: 'Evidence', start: number, end: number, text: string }, respondsTo?: { __typename?: 'Accusation', id: string } | null }>, responses: Array<{ __typename?: 'Response', id: string, date?: string | null, type: ResponseType, modality: Modality, actor: { __typename?: 'Actor', id: string, name: string }, targets: Array<{ __typename?: 'Actor', id: string, name: string }>, evidence: { __typename?: 'Evidence', start: number, end: number, text: string }, respondsTo?:
        | { __typename: 'Accusation', id: string }
        | { __typename: 'Claim', id: string }
        | { __typename: 'Denial', id: string }
        | { __typename: 'Response', id: string }
       | null }> } | null };

export type ArticleListQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticleListQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null, url?: string | null } }> } };

export type ActorRefFragment = { __typename?: 'Actor', id: string, name: string, kind: ActorKind };

export type EvidencePartsFragment = { __typename?: 'Evidence', start: number, end: number, text: string, sentence: { __typename?: 'Passage', text: string }, article: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null } };

export type AccusationPartsFragment = { __typename?: 'Accusation', id: string, date?: string | null, category?: string | null, accuser: { __typename?: 'Actor', id: string, name: string }, accused: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string, sentence: { __typename?: 'Passage', text: string } } };

export type ResponsePartsFragment = { __typename?: 'Response', id: string, date?: string | null, resolvedDate?: string | null, type: ResponseType, modality: Modality, actor: { __typename?: 'Actor', id: string, name: string }, targets: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string }, respondsTo?:
    | { __typename: 'Accusation', id: string, accuser: { __typename?: 'Actor', name: string } }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Denial', id: string }
    | { __typename: 'Response', id: string, type: ResponseType }
   | null };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { __typename?: 'Mutation', ingestArticle:
    | { __typename: 'IngestArticleError', code: IngestErrorCode, message: string }
    | { __typename: 'IngestArticleSuccess', status: IngestStatus, article: { __typename?: 'Article', id: string, title?: string | null } }
   };

export type AccusationMatrixQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccusationMatrixQuery = { __typename?: 'Query', accusationMatrix: { __typename?: 'AccusationMatrix', cells: Array<{ __typename?: 'AccusationNetworkEdge', count: number, accuser: { __typename?: 'Actor', id: string, name: string }, accused: { __typename?: 'Actor', id: string, name: string } }> } };

export type AccusationNetworkQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccusationNetworkQuery = { __typename?: 'Query', accusationNetwork: { __typename?: 'AccusationNetwork', nodes: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, edges: Array<{ __typename?: 'AccusationNetworkEdge', count: number, accuser: { __typename?: 'Actor', id: string }, accused: { __typename?: 'Actor', id: string } }> } };

export type EdgeAccusationsQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
}>;


export type EdgeAccusationsQuery = { __typename?: 'Query', accusations: { __typename?: 'AccusationConnection', totalCount: number, edges: Array<{ __typename?: 'AccusationEdge', node: { __typename?: 'Accusation', id: string, date?: string | null, category?: string | null, accuser: { __typename?: 'Actor', id: string, name: string }, accused: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string, sentence: { __typename?: 'Passage', text: string } } } }> } };

export type OverviewQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverviewQuery = { __typename?: 'Query', corpusStats: { __typename?: 'CorpusStats', articles: number, actors: number, claims: number, accusations: number, denials: number, responses: number, firstPublished?: string | null, lastPublished?: string | null }, topAccusers: Array<{ __typename?: 'ActorCount', count: number, actor: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } }>, topAccused: Array<{ __typename?: 'ActorCount', count: number, actor: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } }>, latest: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null } }> } };

export type ResponsesListQueryVariables = Exact<{
  filter?: InputMaybe<ResponseFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResponsesListQuery = { __typename?: 'Query', responses: { __typename?: 'ResponseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ResponseEdge', node: { __typename?: 'Response', id: string, date?: string | null, resolvedDate?: string | null, type: ResponseType, modality: Modality, actor: { __typename?: 'Actor', id: string, name: string }, targets: Array<{ __typename?: 'Actor', id: string, name: string }>, article: { __typename?: 'Article', id: string, title?: string | null }, evidence: { __typename?: 'Evidence', text: string }, respondsTo?:
          | { __typename: 'Accusation', id: string, accuser: { __typename?: 'Actor', name: string } }
          | { __typename: 'Claim', id: string }
          | { __typename: 'Denial', id: string }
          | { __typename: 'Response', id: string, type: ResponseType }
         | null } }> } };

export type SearchQueryVariables = Exact<{
  q: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null } }> }, actors: { __typename?: 'ActorConnection', totalCount: number, edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', aliases: Array<string>, id: string, name: string, kind: ActorKind } }> }, claims: { __typename?: 'ClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ClaimEdge', node: { __typename?: 'Claim', id: string, speaker?: { __typename?: 'Actor', id: string, name: string } | null, evidence: { __typename?: 'Evidence', start: number, end: number, text: string, sentence: { __typename?: 'Passage', text: string }, article: { __typename?: 'Article', id: string, title?: string | null, publishedAt?: string | null, source?: string | null } } } }> } };

export type ResponsesTimelineQueryVariables = Exact<{
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<ResponseFilter>;
}>;


export type ResponsesTimelineQuery = { __typename?: 'Query', responsesTimeline: Array<{ __typename?: 'TimelinePoint', period: string, type: ResponseType, count: number }> };

export type ResponsesTimelineByModalityQueryVariables = Exact<{
  bucket?: InputMaybe<TimeBucket>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResponsesTimelineByModalityQuery = { __typename?: 'Query', done: Array<{ __typename?: 'TimelinePoint', period: string, count: number }>, announced: Array<{ __typename?: 'TimelinePoint', period: string, count: number }>, threatened: Array<{ __typename?: 'TimelinePoint', period: string, count: number }>, considered: Array<{ __typename?: 'TimelinePoint', period: string, count: number }>, negated: Array<{ __typename?: 'TimelinePoint', period: string, count: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActorRefFragmentDoc = new TypedDocumentString(`
    fragment ActorRef on Actor {
  id
  name
  kind
}
    `, {"fragmentName":"ActorRef"}) as unknown as TypedDocumentString<ActorRefFragment, unknown>;
export const EvidencePartsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceParts on Evidence {
  start
  end
  text
  sentence {
    text
  }
  article {
    id
    title
    publishedAt
    source
  }
}
    `, {"fragmentName":"EvidenceParts"}) as unknown as TypedDocumentString<EvidencePartsFragment, unknown>;
export const AccusationPartsFragmentDoc = new TypedDocumentString(`
    fragment AccusationParts on Accusation {
  id
  date
  category
  accuser {
    id
    name
  }
  accused {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
    sentence {
      text
    }
  }
}
    `, {"fragmentName":"AccusationParts"}) as unknown as TypedDocumentString<AccusationPartsFragment, unknown>;
export const ResponsePartsFragmentDoc = new TypedDocumentString(`
    fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    id
    name
  }
  targets {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
    }
    ... on Response {
      id
      type
    }
    ... on Denial {
      id
    }
    ... on Claim {
      id
    }
  }
}
    `, {"fragmentName":"ResponseParts"}) as unknown as TypedDocumentString<ResponsePartsFragment, unknown>;
export const ActorAccusationsDocument = new TypedDocumentString(`
    query ActorAccusations($id: ID!) {
  accusationsMade: accusations(filter: {actor: $id}, first: 10) {
    edges {
      node {
        ...AccusationParts
      }
    }
  }
  accusationsReceived: accusations(filter: {counterpart: $id}, first: 10) {
    edges {
      node {
        ...AccusationParts
      }
    }
  }
}
    fragment AccusationParts on Accusation {
  id
  date
  category
  accuser {
    id
    name
  }
  accused {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
    sentence {
      text
    }
  }
}`) as unknown as TypedDocumentString<ActorAccusationsQuery, ActorAccusationsQueryVariables>;
export const ActorResponsesDocument = new TypedDocumentString(`
    query ActorResponses($id: ID!) {
  responsesGiven: responses(filter: {actor: $id}, first: 10) {
    edges {
      node {
        ...ResponseParts
      }
    }
  }
  responsesReceived: responses(filter: {counterpart: $id}, first: 10) {
    edges {
      node {
        ...ResponseParts
      }
    }
  }
}
    fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    id
    name
  }
  targets {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
    }
    ... on Response {
      id
      type
    }
    ... on Denial {
      id
    }
    ... on Claim {
      id
    }
  }
}`) as unknown as TypedDocumentString<ActorResponsesQuery, ActorResponsesQueryVariables>;
export const ActorDenialsDocument = new TypedDocumentString(`
    query ActorDenials($id: ID!) {
  denials(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorDenialsQuery, ActorDenialsQueryVariables>;
export const ActorClaimsDocument = new TypedDocumentString(`
    query ActorClaims($id: ID!) {
  claims(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        content {
          text
        }
        article {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorClaimsQuery, ActorClaimsQueryVariables>;
export const ActorArticlesDocument = new TypedDocumentString(`
    query ActorArticles($id: ID!) {
  actor(id: $id) {
    id
    articles(first: 10) {
      edges {
        node {
          id
          title
          publishedAt
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorArticlesQuery, ActorArticlesQueryVariables>;
export const ActorHeaderDocument = new TypedDocumentString(`
    query ActorHeader($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
    code
    title
    aliases
    affiliation {
      id
      name
    }
    counts {
      articles
      mentions
      claims
      accusationsMade
      accusationsReceived
      denials
      responsesGiven
      responsesReceived
    }
  }
}
    `) as unknown as TypedDocumentString<ActorHeaderQuery, ActorHeaderQueryVariables>;
export const ActorTimelineDocument = new TypedDocumentString(`
    query ActorTimeline($id: ID!) {
  claimsMade: claims(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        content {
          text
        }
        article {
          id
        }
      }
    }
  }
  accusationsMade: accusations(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
  accusationsReceived: accusations(filter: {counterpart: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
  denials(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
  responsesGiven: responses(filter: {actor: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
  responsesReceived: responses(filter: {counterpart: $id}, first: 10) {
    edges {
      node {
        id
        date
        evidence {
          text
        }
        article {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorTimelineQuery, ActorTimelineQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($id: ID!) {
  article(id: $id) {
    id
    title
    dek
    url
    source
    authors
    publishedAt
    text
    paragraphs {
      start
      end
    }
    mentions {
      start
      end
      actor {
        id
      }
    }
    actors {
      name
      title
      mentionCount
      actor {
        ...ActorRef
      }
    }
    claims {
      id
      kind
      speaker {
        id
        name
      }
      source {
        start
        end
      }
      cue {
        start
        end
      }
      content {
        start
        end
        text
      }
      evidence {
        start
        end
        text
      }
    }
    accusations {
      id
      date
      category
      accuser {
        id
        name
      }
      accused {
        id
        name
      }
      evidence {
        start
        end
        text
      }
    }
    denials {
      id
      date
      denier {
        id
        name
      }
      evidence {
        start
        end
        text
      }
      respondsTo {
        id
      }
    }
    responses {
      id
      date
      type
      modality
      actor {
        id
        name
      }
      targets {
        id
        name
      }
      evidence {
        start
        end
        text
      }
      respondsTo {
        __typename
        ... on Accusation {
          id
        }
        ... on Response {
          id
        }
        ... on Denial {
          id
        }
        ... on Claim {
          id
        }
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const ArticleListDocument = new TypedDocumentString(`
    query ArticleList($filter: ArticleFilter, $after: String) {
  articles(filter: $filter, first: 30, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        publishedAt
        source
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleListQuery, ArticleListQueryVariables>;
export const IngestArticleDocument = new TypedDocumentString(`
    mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticleSuccess {
      status
      article {
        id
        title
      }
    }
    ... on IngestArticleError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IngestArticleMutation, IngestArticleMutationVariables>;
export const AccusationMatrixDocument = new TypedDocumentString(`
    query AccusationMatrix($filter: AccusationFilter, $limit: Int) {
  accusationMatrix(filter: $filter, limit: $limit) {
    cells {
      count
      accuser {
        id
        name
      }
      accused {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccusationMatrixQuery, AccusationMatrixQueryVariables>;
export const AccusationNetworkDocument = new TypedDocumentString(`
    query AccusationNetwork($filter: AccusationFilter, $limit: Int) {
  accusationNetwork(filter: $filter, limit: $limit) {
    nodes {
      ...ActorRef
    }
    edges {
      count
      accuser {
        id
      }
      accused {
        id
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<AccusationNetworkQuery, AccusationNetworkQueryVariables>;
export const EdgeAccusationsDocument = new TypedDocumentString(`
    query EdgeAccusations($filter: AccusationFilter) {
  accusations(filter: $filter, first: 25) {
    totalCount
    edges {
      node {
        ...AccusationParts
      }
    }
  }
}
    fragment AccusationParts on Accusation {
  id
  date
  category
  accuser {
    id
    name
  }
  accused {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
    sentence {
      text
    }
  }
}`) as unknown as TypedDocumentString<EdgeAccusationsQuery, EdgeAccusationsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($from: String, $to: String) {
  corpusStats {
    articles
    actors
    claims
    accusations
    denials
    responses
    firstPublished
    lastPublished
  }
  topAccusers: topActors(role: ACCUSER, filter: {from: $from, to: $to}, limit: 8) {
    count
    actor {
      ...ActorRef
    }
  }
  topAccused: topActors(role: ACCUSED, filter: {from: $from, to: $to}, limit: 8) {
    count
    actor {
      ...ActorRef
    }
  }
  latest: articles(first: 8, filter: {from: $from, to: $to}) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        source
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const ResponsesListDocument = new TypedDocumentString(`
    query ResponsesList($filter: ResponseFilter, $after: String) {
  responses(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ResponseParts
      }
    }
  }
}
    fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    id
    name
  }
  targets {
    id
    name
  }
  article {
    id
    title
  }
  evidence {
    text
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
    }
    ... on Response {
      id
      type
    }
    ... on Denial {
      id
    }
    ... on Claim {
      id
    }
  }
}`) as unknown as TypedDocumentString<ResponsesListQuery, ResponsesListQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($q: String!) {
  articles(filter: {search: $q}, first: 10) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        source
      }
    }
  }
  actors(filter: {search: $q}, first: 10) {
    totalCount
    edges {
      node {
        ...ActorRef
        aliases
      }
    }
  }
  claims(filter: {search: $q}, first: 10) {
    totalCount
    edges {
      node {
        id
        speaker {
          id
          name
        }
        evidence {
          ...EvidenceParts
        }
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}
fragment EvidenceParts on Evidence {
  start
  end
  text
  sentence {
    text
  }
  article {
    id
    title
    publishedAt
    source
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ResponsesTimelineDocument = new TypedDocumentString(`
    query ResponsesTimeline($bucket: TimeBucket, $filter: ResponseFilter) {
  responsesTimeline(bucket: $bucket, filter: $filter) {
    period
    type
    count
  }
}
    `) as unknown as TypedDocumentString<ResponsesTimelineQuery, ResponsesTimelineQueryVariables>;
export const ResponsesTimelineByModalityDocument = new TypedDocumentString(`
    query ResponsesTimelineByModality($bucket: TimeBucket, $from: String, $to: String) {
  done: responsesTimeline(
    bucket: $bucket
    filter: {from: $from, to: $to, modalities: [done]}
  ) {
    period
    count
  }
  announced: responsesTimeline(
    bucket: $bucket
    filter: {from: $from, to: $to, modalities: [announced]}
  ) {
    period
    count
  }
  threatened: responsesTimeline(
    bucket: $bucket
    filter: {from: $from, to: $to, modalities: [threatened]}
  ) {
    period
    count
  }
  considered: responsesTimeline(
    bucket: $bucket
    filter: {from: $from, to: $to, modalities: [considered]}
  ) {
    period
    count
  }
  negated: responsesTimeline(
    bucket: $bucket
    filter: {from: $from, to: $to, modalities: [negated]}
  ) {
    period
    count
  }
}
    `) as unknown as TypedDocumentString<ResponsesTimelineByModalityQuery, ResponsesTimelineByModalityQueryVariables>;