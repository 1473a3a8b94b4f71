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
  accused?: Maybe<Array<Actor>>;
  accuser?: Maybe<Actor>;
  /** What the accused are said to have done. */
  allegation?: Maybe<Passage>;
  article?: Maybe<Article>;
  category?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** Denials that answer this accusation. */
  denials?: Maybe<Array<Denial>>;
  evidence?: Maybe<Evidence>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Responses the text ties to this accusation. */
  responses?: Maybe<Array<Response>>;
};

/** Accusations from one actor against another. */
export type AccusationEdge = {
  __typename?: 'AccusationEdge';
  /** The accusations behind the edge, newest first. */
  accusations?: Maybe<Array<Accusation>>;
  accused?: Maybe<Actor>;
  accuser?: Maybe<Actor>;
  count?: Maybe<Scalars['Int']['output']>;
};


/** Accusations from one actor against another. */
export type AccusationEdgeAccusationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  accused?: Maybe<Array<ActorCount>>;
  /** Rows, with each accuser's total. */
  accusers?: Maybe<Array<ActorCount>>;
  /** The non-empty cells. */
  cells?: Maybe<Array<AccusationEdge>>;
  /** counts[row][column]: accusations by accusers[row] against accused[column]. */
  counts?: Maybe<Array<Array<Scalars['Int']['output']>>>;
};

export type AccusationNetwork = {
  __typename?: 'AccusationNetwork';
  edges?: Maybe<Array<AccusationEdge>>;
  /** Every actor at either end of an edge. */
  nodes?: Maybe<Array<Actor>>;
};

/** A participant, merged across articles by its identity key. */
export type Actor = {
  __typename?: 'Actor';
  accusationsMade?: Maybe<ActorAccusationsMadeConnection>;
  accusationsReceived?: Maybe<ActorAccusationsReceivedConnection>;
  /** The country or organization articles most often say this actor acts for. */
  affiliation?: Maybe<Actor>;
  /** Every name articles use for this actor, most frequent first. */
  aliases?: Maybe<Array<Scalars['String']['output']>>;
  articles?: Maybe<ActorArticlesConnection>;
  /** Claims this actor made. */
  claims?: Maybe<ActorClaimsConnection>;
  /** ISO 3166-1 alpha-3 for countries, EU for the EU. */
  code?: Maybe<Scalars['String']['output']>;
  counts?: Maybe<ActorCounts>;
  denials?: Maybe<ActorDenialsConnection>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Identity key that merges this actor across articles. */
  key?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<ActorKind>;
  name?: Maybe<Scalars['String']['output']>;
  responsesGiven?: Maybe<ActorResponsesGivenConnection>;
  responsesReceived?: Maybe<ActorResponsesReceivedConnection>;
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

export type ActorAccusationsMadeConnection = {
  __typename?: 'ActorAccusationsMadeConnection';
  edges: Array<ActorAccusationsMadeConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorAccusationsMadeConnectionEdge = {
  __typename?: 'ActorAccusationsMadeConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Accusation;
};

export type ActorAccusationsReceivedConnection = {
  __typename?: 'ActorAccusationsReceivedConnection';
  edges: Array<ActorAccusationsReceivedConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorAccusationsReceivedConnectionEdge = {
  __typename?: 'ActorAccusationsReceivedConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Accusation;
};

export type ActorArticlesConnection = {
  __typename?: 'ActorArticlesConnection';
  edges: Array<ActorArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorArticlesConnectionEdge = {
  __typename?: 'ActorArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ActorClaimsConnection = {
  __typename?: 'ActorClaimsConnection';
  edges: Array<ActorClaimsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorClaimsConnectionEdge = {
  __typename?: 'ActorClaimsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ActorCount = {
  __typename?: 'ActorCount';
  actor?: Maybe<Actor>;
  count?: Maybe<Scalars['Int']['output']>;
};

export type ActorCounts = {
  __typename?: 'ActorCounts';
  accusationsMade?: Maybe<Scalars['Int']['output']>;
  accusationsReceived?: Maybe<Scalars['Int']['output']>;
  articles?: Maybe<Scalars['Int']['output']>;
  claims?: Maybe<Scalars['Int']['output']>;
  denials?: Maybe<Scalars['Int']['output']>;
  mentions?: Maybe<Scalars['Int']['output']>;
  responsesGiven?: Maybe<Scalars['Int']['output']>;
  responsesReceived?: Maybe<Scalars['Int']['output']>;
};

export type ActorDenialsConnection = {
  __typename?: 'ActorDenialsConnection';
  edges: Array<ActorDenialsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorDenialsConnectionEdge = {
  __typename?: 'ActorDenialsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Denial;
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

export type ActorResponsesGivenConnection = {
  __typename?: 'ActorResponsesGivenConnection';
  edges: Array<ActorResponsesGivenConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorResponsesGivenConnectionEdge = {
  __typename?: 'ActorResponsesGivenConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Response;
};

export type ActorResponsesReceivedConnection = {
  __typename?: 'ActorResponsesReceivedConnection';
  edges: Array<ActorResponsesReceivedConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ActorResponsesReceivedConnectionEdge = {
  __typename?: 'ActorResponsesReceivedConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Response;
};

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
  accusations?: Maybe<Array<Accusation>>;
  actors?: Maybe<Array<ArticleActor>>;
  authors?: Maybe<Array<Scalars['String']['output']>>;
  claims?: Maybe<Array<Claim>>;
  dek?: Maybe<Scalars['String']['output']>;
  denials?: Maybe<Array<Denial>>;
  id?: Maybe<Scalars['ID']['output']>;
  ingestedAt?: Maybe<Scalars['String']['output']>;
  mentions?: Maybe<Array<Mention>>;
  paragraphs?: Maybe<Array<Passage>>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  responses?: Maybe<Array<Response>>;
  sentences?: Maybe<Array<Passage>>;
  source?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** An actor as one article presents it. */
export type ArticleActor = {
  __typename?: 'ArticleActor';
  actor?: Maybe<Actor>;
  affiliation?: Maybe<Actor>;
  aliases?: Maybe<Array<Scalars['String']['output']>>;
  mentionCount?: Maybe<Scalars['Int']['output']>;
  /** The name this article uses. */
  name?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
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
  article?: Maybe<Article>;
  content?: Maybe<Passage>;
  cue?: Maybe<Passage>;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  evidence?: Maybe<Evidence>;
  id?: Maybe<Scalars['ID']['output']>;
  kind?: Maybe<ClaimKind>;
  /** The words that name the speaker. */
  source?: Maybe<Passage>;
  speaker?: Maybe<Actor>;
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
  accusations?: Maybe<Scalars['Int']['output']>;
  actors?: Maybe<Scalars['Int']['output']>;
  articles?: Maybe<Scalars['Int']['output']>;
  claims?: Maybe<Scalars['Int']['output']>;
  denials?: Maybe<Scalars['Int']['output']>;
  firstPublished?: Maybe<Scalars['String']['output']>;
  lastPublished?: Maybe<Scalars['String']['output']>;
  mentions?: Maybe<Scalars['Int']['output']>;
  responses?: Maybe<Scalars['Int']['output']>;
  sources?: Maybe<Array<SourceCount>>;
};

export type DeleteArticleResult = {
  __typename?: 'DeleteArticleResult';
  /** False when no such article was stored. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
};

/** An actor rejects an allegation or claim about itself or its side. */
export type Denial = {
  __typename?: 'Denial';
  article?: Maybe<Article>;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** What is denied. */
  denied?: Maybe<Passage>;
  denier?: Maybe<Actor>;
  evidence?: Maybe<Evidence>;
  id?: Maybe<Scalars['ID']['output']>;
  respondsTo?: Maybe<Accusation>;
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
  article?: Maybe<Article>;
  end?: Maybe<Scalars['Int']['output']>;
  sentence?: Maybe<Passage>;
  start?: Maybe<Scalars['Int']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type IngestArticleError = {
  __typename?: 'IngestArticleError';
  code?: Maybe<IngestErrorCode>;
  message?: Maybe<Scalars['String']['output']>;
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
  article?: Maybe<Article>;
  status?: Maybe<IngestStatus>;
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
  end?: Maybe<Scalars['Int']['output']>;
  kind?: Maybe<ActorKind>;
  start?: Maybe<Scalars['Int']['output']>;
  text?: Maybe<Scalars['String']['output']>;
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
  deleteArticle?: Maybe<DeleteArticleResult>;
  /** Parses and stores an article: the stored article, or why it could not be. */
  ingestArticle?: Maybe<IngestArticleResult>;
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
  end?: Maybe<Scalars['Int']['output']>;
  start?: Maybe<Scalars['Int']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  accusation?: Maybe<Accusation>;
  accusationMatrix?: Maybe<AccusationMatrix>;
  /** Accuser → accused edges with counts, the heaviest first. */
  accusationNetwork?: Maybe<AccusationNetwork>;
  accusations?: Maybe<QueryAccusationsConnection>;
  actor?: Maybe<Actor>;
  /** Actors, those in the most articles first. */
  actors?: Maybe<QueryActorsConnection>;
  article?: Maybe<Article>;
  articles?: Maybe<QueryArticlesConnection>;
  claim?: Maybe<Claim>;
  claims?: Maybe<QueryClaimsConnection>;
  corpusStats?: Maybe<CorpusStats>;
  denial?: Maybe<Denial>;
  denials?: Maybe<QueryDenialsConnection>;
  response?: Maybe<Response>;
  responses?: Maybe<QueryResponsesConnection>;
  /** Responses counted by period and type, oldest period first. */
  responsesTimeline?: Maybe<Array<TimelinePoint>>;
  topActors?: Maybe<Array<ActorCount>>;
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

export type QueryAccusationsConnection = {
  __typename?: 'QueryAccusationsConnection';
  edges: Array<QueryAccusationsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryAccusationsConnectionEdge = {
  __typename?: 'QueryAccusationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Accusation;
};

export type QueryActorsConnection = {
  __typename?: 'QueryActorsConnection';
  edges: Array<QueryActorsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryActorsConnectionEdge = {
  __typename?: 'QueryActorsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type QueryArticlesConnection = {
  __typename?: 'QueryArticlesConnection';
  edges: Array<QueryArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryArticlesConnectionEdge = {
  __typename?: 'QueryArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type QueryClaimsConnection = {
  __typename?: 'QueryClaimsConnection';
  edges: Array<QueryClaimsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryClaimsConnectionEdge = {
  __typename?: 'QueryClaimsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type QueryDenialsConnection = {
  __typename?: 'QueryDenialsConnection';
  edges: Array<QueryDenialsConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryDenialsConnectionEdge = {
  __typename?: 'QueryDenialsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Denial;
};

export type QueryResponsesConnection = {
  __typename?: 'QueryResponsesConnection';
  edges: Array<QueryResponsesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryResponsesConnectionEdge = {
  __typename?: 'QueryResponsesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Response;
};

/** An action an actor takes, announces, threatens or weighs toward targets. */
export type Response = {
  __typename?: 'Response';
  actor?: Maybe<Actor>;
  article?: Maybe<Article>;
  /** CAMEO event code. */
  cameo?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD the item is filed under: its own date when the text gives one, else the article's. */
  date?: Maybe<Scalars['String']['output']>;
  /** The words that date the action. */
  dateText?: Maybe<Passage>;
  evidence?: Maybe<Evidence>;
  id?: Maybe<Scalars['ID']['output']>;
  modality?: Maybe<Modality>;
  /** PLOVER event category. */
  plover?: Maybe<Scalars['String']['output']>;
  /** The date the text gives for the action (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's. */
  resolvedDate?: Maybe<Scalars['String']['output']>;
  respondsTo?: Maybe<ResponseCause>;
  targets?: Maybe<Array<Actor>>;
  type?: Maybe<ResponseType>;
};

/** The item a response answers. */
export type ResponseCause = Accusation | Claim | Denial | Response;

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
  count?: Maybe<Scalars['Int']['output']>;
  source?: Maybe<Scalars['String']['output']>;
};

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  count?: Maybe<Scalars['Int']['output']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD, by the bucket asked for. */
  period?: Maybe<Scalars['String']['output']>;
  type?: Maybe<ResponseType>;
};

export type TopActorsFilter = {
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  source?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ActorPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorPageQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null, code?: string | null, title?: string | null, aliases?: Array<string> | null, affiliation?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, counts?: { __typename?: 'ActorCounts', articles?: number | null, mentions?: number | null, claims?: number | null, accusationsMade?: number | null, accusationsReceived?: number | null, denials?: number | null, responsesGiven?: number | null, responsesReceived?: number | null } | null, claims?: { __typename?: 'ActorClaimsConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorClaimsConnectionEdge', node: { __typename?: 'Claim', id?: string | null, date?: string | null, kind?: ClaimKind | null, content?: { __typename?: 'Passage', text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null, accusationsMade?: { __typename?: 'ActorAccusationsMadeConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorAccusationsMadeConnectionEdge', node: { __typename?: 'Accusation', id?: string | null, date?: string | null, category?: string | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, accused?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, allegation?: { __typename?: 'Passage', text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null, accusationsReceived?: { __typename?: 'ActorAccusationsReceivedConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorAccusationsReceivedConnectionEdge', node: { __typename?: 'Accusation', id?: string | null, date?: string | null, category?: string | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, accused?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, allegation?: { __typename?: 'Passage', text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null, denials?: { __typename?: 'ActorDenialsConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorDenialsConnectionEdge', node: { __typename?: 'Denial', id?: string | null, date?: string | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null, responsesGiven?: { __typename?: 'ActorResponsesGivenConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorResponsesGivenConnectionEdge', node: { __typename?: 'Response', id?: string | null, date?: string | null, resolvedDate?: string | null, type?: ResponseType | null, modality?: Modality | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, targets?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null, respondsTo?:
            | { __typename: 'Accusation', id?: string | null, accuser?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Claim', id?: string | null, speaker?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Denial', id?: string | null, denier?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Response', id?: string | null, type?: ResponseType | null, actor?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
           | null } }> } | null, responsesReceived?: { __typename?: 'ActorResponsesReceivedConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorResponsesReceivedConnectionEdge', node: { __typename?: 'Response', id?: string | null, date?: string | null, resolvedDate?: string | null, type?: ResponseType | null, modality?: Modality | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, targets?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null, respondsTo?:
            | { __typename: 'Accusation', id?: string | null, accuser?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Claim', id?: string | null, speaker?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Denial', id?: string | null, denier?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
            | { __typename: 'Response', id?: string | null, type?: ResponseType | null, actor?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
           | null } }> } | null, articles?: { __typename?: 'ActorArticlesConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ActorArticlesConnectionEdge', node: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } }> } | null } | null };

export type ArticlePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticlePageQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id?: string | null, title?: string | null, dek?: string | null, url?: string | null, source?: string | null, authors?: Array<string> | null, publishedAt?: string | null, text?: string | null, paragraphs?: Array<{ __typename?: 'Passage', start?: number | null, end?: number | null }> | null, mentions?: Array<{ __typename?: 'Mention', start?: number | null, end?: number | null, actor?: { __typename?: 'Actor', id?: string | null } | null }> | null, actors?: Array<{ __typename?: 'ArticleActor', name?: string | null, title?: string | null, mentionCount?: number | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null }> | null, claims?: Array<{ __typename?: 'Claim', id?: string | null, kind?: ClaimKind | null, speaker?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, source?: { __typename?: 'Passage', start?: number | null, end?: number | null } | null, cue?: { __typename?: 'Passage', start?: number | null, end?: number | null } | null, content?: { __typename?: 'Passage', start?: number | null, end?: number | null, text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null } | null }> | null, accusations?: Array<{ __typename?: 'Accusation', id?: string | null, date?: string | null, category?: string | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, accused?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null } | null }> | null, denials?: Array<{ __typename?: 'Denial', id?: string | null, date?: string | null, denier?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null } | null, respondsTo?: { __typename?: 'Accusation', id?: string | null } | null }> | null, responses?: Array<{ __typename?: 'Response', id?: string | null, date?: string | null, type?: ResponseType | null, modality?: Modality | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, targets?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null } | null, respondsTo?:
        | { __typename: 'Accusation', id?: string | null }
        | { __typename: 'Claim', id?: string | null }
        | { __typename: 'Denial', id?: string | null }
        | { __typename: 'Response', id?: string | null }
       | null }> | null } | null };

export type ArticleListQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticleListQuery = { __typename?: 'Query', articles?: { __typename?: 'QueryArticlesConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null, url?: string | null } }> } | null };

export type ActorRefFragment = { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null };

export type EvidencePartsFragment = { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null };

export type AccusationPartsFragment = { __typename?: 'Accusation', id?: string | null, date?: string | null, category?: string | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, accused?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, allegation?: { __typename?: 'Passage', text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null };

export type ResponsePartsFragment = { __typename?: 'Response', id?: string | null, date?: string | null, resolvedDate?: string | null, type?: ResponseType | null, modality?: Modality | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, targets?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null, respondsTo?:
    | { __typename: 'Accusation', id?: string | null, accuser?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
    | { __typename: 'Claim', id?: string | null, speaker?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
    | { __typename: 'Denial', id?: string | null, denier?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
    | { __typename: 'Response', id?: string | null, type?: ResponseType | null, actor?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
   | null };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { __typename?: 'Mutation', ingestArticle?:
    | { __typename: 'IngestArticleError', code?: IngestErrorCode | null, message?: string | null }
    | { __typename: 'IngestArticleSuccess', status?: IngestStatus | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null } | null }
   | null };

export type AccusationMatrixQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccusationMatrixQuery = { __typename?: 'Query', accusationMatrix?: { __typename?: 'AccusationMatrix', cells?: Array<{ __typename?: 'AccusationEdge', count?: number | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, accused?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null }> | null } | null };

export type AccusationNetworkQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccusationNetworkQuery = { __typename?: 'Query', accusationNetwork?: { __typename?: 'AccusationNetwork', nodes?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, edges?: Array<{ __typename?: 'AccusationEdge', count?: number | null, accuser?: { __typename?: 'Actor', id?: string | null } | null, accused?: { __typename?: 'Actor', id?: string | null } | null }> | null } | null };

export type EdgeAccusationsQueryVariables = Exact<{
  filter?: InputMaybe<AccusationFilter>;
}>;


export type EdgeAccusationsQuery = { __typename?: 'Query', accusations?: { __typename?: 'QueryAccusationsConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QueryAccusationsConnectionEdge', node: { __typename?: 'Accusation', id?: string | null, date?: string | null, category?: string | null, accuser?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, accused?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, allegation?: { __typename?: 'Passage', text?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null };

export type OverviewQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverviewQuery = { __typename?: 'Query', corpusStats?: { __typename?: 'CorpusStats', articles?: number | null, actors?: number | null, claims?: number | null, accusations?: number | null, denials?: number | null, responses?: number | null, firstPublished?: string | null, lastPublished?: string | null } | null, topAccusers?: Array<{ __typename?: 'ActorCount', count?: number | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null }> | null, topAccused?: Array<{ __typename?: 'ActorCount', count?: number | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null }> | null, latest?: { __typename?: 'QueryArticlesConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } }> } | null };

export type ResponsesListQueryVariables = Exact<{
  filter?: InputMaybe<ResponseFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResponsesListQuery = { __typename?: 'Query', responses?: { __typename?: 'QueryResponsesConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryResponsesConnectionEdge', node: { __typename?: 'Response', id?: string | null, date?: string | null, resolvedDate?: string | null, type?: ResponseType | null, modality?: Modality | null, actor?: { __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null } | null, targets?: Array<{ __typename?: 'Actor', id?: string | null, name?: string | null, kind?: ActorKind | null }> | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null, respondsTo?:
          | { __typename: 'Accusation', id?: string | null, accuser?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
          | { __typename: 'Claim', id?: string | null, speaker?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
          | { __typename: 'Denial', id?: string | null, denier?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
          | { __typename: 'Response', id?: string | null, type?: ResponseType | null, actor?: { __typename?: 'Actor', name?: string | null } | null, evidence?: { __typename?: 'Evidence', text?: string | null, article?: { __typename?: 'Article', id?: string | null } | null } | null }
         | null } }> } | null };

export type SearchQueryVariables = Exact<{
  q: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', articles?: { __typename?: 'QueryArticlesConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } }> } | null, actors?: { __typename?: 'QueryActorsConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QueryActorsConnectionEdge', node: { __typename?: 'Actor', aliases?: Array<string> | null, id?: string | null, name?: string | null, kind?: ActorKind | null } }> } | null, claims?: { __typename?: 'QueryClaimsConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QueryClaimsConnectionEdge', node: { __typename?: 'Claim', id?: string | null, speaker?: { __typename?: 'Actor', id?: string | null, name?: string | null } | null, evidence?: { __typename?: 'Evidence', start?: number | null, end?: number | null, text?: string | null, sentence?: { __typename?: 'Passage', text?: string | null } | null, article?: { __typename?: 'Article', id?: string | null, title?: string | null, publishedAt?: string | null, source?: string | null } | null } | null } }> } | null };

export type ResponsesTimelineQueryVariables = Exact<{
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<ResponseFilter>;
}>;


export type ResponsesTimelineQuery = { __typename?: 'Query', responsesTimeline?: Array<{ __typename?: 'TimelinePoint', period?: string | null, type?: ResponseType | null, count?: number | null }> | null };

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
    ...ActorRef
  }
  accused {
    ...ActorRef
  }
  allegation {
    text
  }
  evidence {
    ...EvidenceParts
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
}`, {"fragmentName":"AccusationParts"}) as unknown as TypedDocumentString<AccusationPartsFragment, unknown>;
export const ResponsePartsFragmentDoc = new TypedDocumentString(`
    fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    ...ActorRef
  }
  targets {
    ...ActorRef
  }
  evidence {
    ...EvidenceParts
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Response {
      id
      type
      actor {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Denial {
      id
      denier {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Claim {
      id
      speaker {
        name
      }
      evidence {
        text
        article {
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
}`, {"fragmentName":"ResponseParts"}) as unknown as TypedDocumentString<ResponsePartsFragment, unknown>;
export const ActorPageDocument = new TypedDocumentString(`
    query ActorPage($id: ID!) {
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
    claims(first: 20) {
      totalCount
      edges {
        node {
          id
          date
          kind
          content {
            text
          }
          evidence {
            ...EvidenceParts
          }
        }
      }
    }
    accusationsMade(first: 20) {
      totalCount
      edges {
        node {
          ...AccusationParts
        }
      }
    }
    accusationsReceived(first: 20) {
      totalCount
      edges {
        node {
          ...AccusationParts
        }
      }
    }
    denials(first: 20) {
      totalCount
      edges {
        node {
          id
          date
          evidence {
            ...EvidenceParts
          }
        }
      }
    }
    responsesGiven(first: 20) {
      totalCount
      edges {
        node {
          ...ResponseParts
        }
      }
    }
    responsesReceived(first: 20) {
      totalCount
      edges {
        node {
          ...ResponseParts
        }
      }
    }
    articles(first: 20) {
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
}
fragment AccusationParts on Accusation {
  id
  date
  category
  accuser {
    ...ActorRef
  }
  accused {
    ...ActorRef
  }
  allegation {
    text
  }
  evidence {
    ...EvidenceParts
  }
}
fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    ...ActorRef
  }
  targets {
    ...ActorRef
  }
  evidence {
    ...EvidenceParts
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Response {
      id
      type
      actor {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Denial {
      id
      denier {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Claim {
      id
      speaker {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ActorPageQuery, ActorPageQueryVariables>;
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
}
fragment AccusationParts on Accusation {
  id
  date
  category
  accuser {
    ...ActorRef
  }
  accused {
    ...ActorRef
  }
  allegation {
    text
  }
  evidence {
    ...EvidenceParts
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
  responses(filter: $filter, first: 40, after: $after) {
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
}
fragment ResponseParts on Response {
  id
  date
  resolvedDate
  type
  modality
  actor {
    ...ActorRef
  }
  targets {
    ...ActorRef
  }
  evidence {
    ...EvidenceParts
  }
  respondsTo {
    __typename
    ... on Accusation {
      id
      accuser {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Response {
      id
      type
      actor {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Denial {
      id
      denier {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
    }
    ... on Claim {
      id
      speaker {
        name
      }
      evidence {
        text
        article {
          id
        }
      }
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