import DataLoader from "dataloader";
import type { Kysely } from "kysely";
import { compiledByIds } from "../db/compiled-by-ids.js";
import {
  type ActorTable,
  type ArticleActorTable,
  type ArticleMeta,
  type ArticleTable,
  articleMetaColumns,
  type Database,
} from "../db/tables.js";
import { actorHeaderLoader } from "./actor-queries.js";
import type { ItemRows } from "./item-queries.js";
import { PeekLoader } from "./peek-loader.js";

type ItemTable = keyof ItemRows;

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], ids: readonly string[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** One set of batching loaders per request: every list of N items costs one query, not N. */
export function createLoaders(db: Kysely<Database>) {
  // Every loader's statement binds only its ids, so it is compiled once a shape, not a request.
  const byIds = compiledByIds(db);
  const items = <T extends ItemTable>(table: T) =>
    new DataLoader<string, ItemRows[T] | null>(async (ids) =>
      byId(
        (await byIds(`${table}`, ids, (ids) =>
          db
            .selectFrom(table as "claims")
            .selectAll()
            .where("id", "in", ids),
        )) as unknown as ItemRows[T][],
        ids,
      ),
    );
  const itemsOfArticle = <T extends ItemTable>(table: T) =>
    new DataLoader<string, ItemRows[T][]>(async (ids) =>
      groupBy(
        (await byIds(`${table} of articles`, ids, (ids) =>
          db
            .selectFrom(table as "claims")
            .selectAll()
            .where("article_id", "in", ids)
            .orderBy("ord"),
        )) as unknown as ItemRows[T][],
        ids,
        (r) => r.article_id,
      ),
    );
  const targets = (table: "accusation_targets" | "response_targets") =>
    new PeekLoader<string, string[]>(async (ids) =>
      groupBy(
        await byIds(table, ids, (ids) =>
          db.selectFrom(table).select(["item_id", "actor_id"]).where("item_id", "in", ids),
        ),
        ids,
        (r) => r.item_id,
      ).map((rows) => rows.map((r) => r.actor_id)),
    );
  const answers = <T extends "denials" | "responses">(table: T) =>
    new DataLoader<string, ItemRows[T][]>(async (ids) =>
      groupBy(
        (await byIds(`${table} answering`, ids, (ids) =>
          db
            .selectFrom(table as "denials")
            .selectAll()
            .where("responds_to", "in", ids),
        )) as unknown as ItemRows[T][],
        ids,
        (r) => r.responds_to ?? "",
      ),
    );

  const header = actorHeaderLoader(db);
  return {
    /** An actor's counts, title, affiliation and aliases, in one statement a batch. */
    header,
    actorCounts: { load: async (id: string) => (await header.load(id)).counts },
    // Items name their article by title and date; its text is read only where it is asked for.
    article: new PeekLoader<string, ArticleMeta | null>(async (ids) =>
      byId(
        await byIds("articles", ids, (ids) =>
          db.selectFrom("articles").select(articleMetaColumns).where("id", "in", ids),
        ),
        ids,
      ),
    ),
    articleText: new DataLoader<string, Pick<ArticleTable, "id" | "text" | "paragraphs" | "sentences"> | null>(
      async (ids) =>
        byId(
          await byIds("article texts", ids, (ids) =>
            db.selectFrom("articles").select(["id", "text", "paragraphs", "sentences"]).where("id", "in", ids),
          ),
          ids,
        ),
    ),
    actor: new PeekLoader<string, ActorTable | null>(async (ids) =>
      byId(await byIds("actors", ids, (ids) => db.selectFrom("actors").selectAll().where("id", "in", ids)), ids),
    ),
    claim: items("claims"),
    accusation: items("accusations"),
    denial: items("denials"),
    response: items("responses"),
    claimsOfArticle: itemsOfArticle("claims"),
    accusationsOfArticle: itemsOfArticle("accusations"),
    denialsOfArticle: itemsOfArticle("denials"),
    responsesOfArticle: itemsOfArticle("responses"),
    accused: targets("accusation_targets"),
    responseTargets: targets("response_targets"),
    denialsOf: answers("denials"),
    responsesTo: answers("responses"),
    articleActors: new DataLoader<string, ArticleActorTable[]>(async (ids) =>
      groupBy(
        await byIds("article actors", ids, (ids) =>
          db
            .selectFrom("article_actors")
            .selectAll()
            .where("article_id", "in", ids)
            .orderBy("mention_count", "desc")
            .orderBy("local_id"),
        ),
        ids,
        (r) => r.article_id,
      ),
    ),
    mentions: new DataLoader<string, Database["mentions"][]>(async (ids) =>
      groupBy(
        await byIds("mentions", ids, (ids) =>
          db.selectFrom("mentions").selectAll().where("article_id", "in", ids).orderBy("ord"),
        ),
        ids,
        (r) => r.article_id,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
