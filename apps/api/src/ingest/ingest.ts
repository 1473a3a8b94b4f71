import type { ParsedArticle } from "@newsgraph/parser";
import type { Kysely } from "kysely";
import { refreshActorSummaries } from "../db/actor-summaries.js";
import { rawSqlite } from "../db/database.js";
import { bumpGeneration } from "../db/generation.js";
import type { Database } from "../db/tables.js";
import { kyselyWriter, type RowWriter, sqliteWriter } from "./insert-rows.js";
import type { ArticlePlan } from "./plan-article.js";
import { type StoreResult, storeArticle, storePlan } from "./store-article.js";

function writerFor(db: Kysely<Database>, trx: Kysely<Database>): RowWriter {
  const raw = rawSqlite.get(db);
  return raw ? sqliteWriter(raw) : kyselyWriter(trx);
}

export { type Planned, parseAndPlan, parseAndPlanMany, parseInput } from "./parse-input.js";

export type IngestOutcome = (StoreResult & { ok: true; name: string }) | { ok: false; name: string; reason: string };

/** Stores one parsed article in its own transaction. */
export async function ingestParsed(db: Kysely<Database>, parsed: ParsedArticle, name: string): Promise<IngestOutcome> {
  try {
    const result = await db.transaction().execute((trx) => storeArticle(trx, parsed, writerFor(db, trx)));
    return { ok: true, name, ...result };
  } catch (error) {
    return { ok: false, name, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Stores one planned article in its own transaction. */
async function ingestPlan(db: Kysely<Database>, plan: ArticlePlan, name: string): Promise<IngestOutcome> {
  try {
    const result = await db.transaction().execute((trx) => storePlan(trx, plan, writerFor(db, trx)));
    return { ok: true, name, ...result };
  } catch (error) {
    return { ok: false, name, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Stores many planned articles, a batch a transaction (one commit instead of
 * hundreds) that marks the data changed once. If a batch fails, its articles
 * are retried one by one so one bad article does not cost the others.
 * `refreshSummaries: false` leaves the actors' kept summaries stale (readers
 * compute them meanwhile) for the caller to refresh once after many batches.
 */
export async function ingestBatch(
  db: Kysely<Database>,
  batch: { plan: ArticlePlan; name: string }[],
  options: { refreshSummaries?: boolean } = {},
): Promise<IngestOutcome[]> {
  try {
    return await db.transaction().execute(async (trx) => {
      const out: IngestOutcome[] = [];
      const write = writerFor(db, trx);
      for (const { plan, name } of batch) {
        out.push({ ok: true, name, ...(await storePlan(trx, plan, write, { bumpGeneration: false })) });
      }
      if (out.some((o) => o.ok && o.status !== "UNCHANGED")) await bumpGeneration(trx, options);
      return out;
    });
  } catch {
    const out: IngestOutcome[] = [];
    for (const { plan, name } of batch) out.push(await ingestPlan(db, plan, name));
    return out;
  }
}

/** Recomputes the actors' summaries that batches stored with `refreshSummaries: false` left stale. */
export async function refreshSummaries(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute((trx) => refreshActorSummaries(trx));
}
