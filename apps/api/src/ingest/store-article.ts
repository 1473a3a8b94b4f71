import type { ParsedArticle } from "@newsgraph/parser";
import type { Kysely } from "kysely";
import { bumpGeneration } from "../db/generation.js";
import type { Database } from "../db/tables.js";
import { kyselyWriter, type RowWriter } from "./insert-rows.js";
import { type ArticlePlan, type PlannedRows, planArticle, replanUnder, resolvePlannedRows } from "./plan-article.js";
import { resolveActors } from "./resolve-actors.js";

export type StoreStatus = "STORED" | "UPDATED" | "UNCHANGED";

export interface StoreResult {
  id: string;
  status: StoreStatus;
}

const itemTables = [
  "response_targets",
  "responses",
  "denials",
  "accusation_targets",
  "accusations",
  "claims",
  "mentions",
  "article_actors",
  "actor_aliases",
] as const;

/** Removes everything stored for an article except its row; returns the actors it named. */
export async function deleteArticleItems(trx: Kysely<Database>, articleId: string): Promise<string[]> {
  const actors = await trx
    .selectFrom("article_actors")
    .select("actor_id")
    .where("article_id", "=", articleId)
    .execute();
  for (const table of itemTables) await trx.deleteFrom(table).where("article_id", "=", articleId).execute();
  return [...new Set(actors.map((a) => a.actor_id))];
}

/** Drops actors that no article names any more (their alias-table entries stay, as corrections). */
export async function dropOrphanActors(trx: Kysely<Database>, actorIds: string[]): Promise<void> {
  if (actorIds.length === 0) return;
  await trx
    .deleteFrom("actors")
    .where("id", "in", actorIds)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom("article_actors as x").select("x.actor_id").whereRef("x.actor_id", "=", "actors.id")),
      ),
    )
    .execute();
}

/** Deletes an article and all its items; false when there was none. */
export async function deleteArticle(trx: Kysely<Database>, articleId: string): Promise<boolean> {
  const actors = await deleteArticleItems(trx, articleId);
  const result = await trx.deleteFrom("articles").where("id", "=", articleId).executeTakeFirst();
  await dropOrphanActors(trx, actors);
  await bumpGeneration(trx);
  return Number(result.numDeletedRows) > 0;
}

/**
 * Stores one parsed article; call inside a transaction. The same URL or the
 * same text is the same article: unchanged if it parses the same, else its
 * items are replaced (a parser upgrade, or a corrected text at the same URL).
 */
export async function storeArticle(
  trx: Kysely<Database>,
  parsed: ParsedArticle,
  write: RowWriter = kyselyWriter(trx),
): Promise<StoreResult> {
  return storePlan(trx, planArticle(parsed), write);
}

/**
 * Stores a planned article (see `planArticle`); call inside a transaction.
 * `bumpGeneration: false` leaves marking the data changed to the caller, who
 * stores many articles in one transaction and marks it once.
 */
export async function storePlan(
  trx: Kysely<Database>,
  planned: ArticlePlan,
  write: RowWriter = kyselyWriter(trx),
  options: { bumpGeneration?: boolean } = {},
): Promise<StoreResult> {
  const { url, textHash, parseHash } = planned;
  let query = trx.selectFrom("articles").select(["id", "parse_hash"]);
  query = url
    ? query.where((eb) => eb.or([eb("url", "=", url), eb("text_hash", "=", textHash)]))
    : query.where("text_hash", "=", textHash);
  const existing = await query.orderBy("ingested_at").executeTakeFirst();
  if (existing && existing.parse_hash === parseHash) return { id: existing.id, status: "UNCHANGED" };

  const plan = existing ? replanUnder(planned, existing.id) : planned;
  const id = plan.id;
  const row = { ...plan.article, ingested_at: new Date().toISOString() };
  let previousActors: string[] = [];
  if (existing) {
    previousActors = await deleteArticleItems(trx, id);
    await trx.updateTable("articles").set(row).where("id", "=", id).execute();
  } else {
    await trx
      .insertInto("articles")
      .values({ id, ...row })
      .execute();
  }
  const actorIds = await resolveActors(trx, plan.actors);
  const rows = resolvePlannedRows(plan.rows, (local) => actorIds.get(local) as string);
  for (const table of insertOrder) await write(table, rows[table] as never[]);
  await dropOrphanActors(trx, previousActors);
  if (options.bumpGeneration !== false) await bumpGeneration(trx);
  return { id, status: existing ? "UPDATED" : "STORED" };
}

// Items before the rows that reference them.
const insertOrder = [
  "article_actors",
  "actor_aliases",
  "mentions",
  "claims",
  "accusations",
  "accusation_targets",
  "denials",
  "responses",
  "response_targets",
] as const satisfies readonly (keyof PlannedRows)[];
