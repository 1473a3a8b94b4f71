import { type Kysely, sql } from "kysely";
import { refreshActorSummaries } from "./actor-summaries.js";
import type { Database } from "./tables.js";

/**
 * Marks the data as changed; call inside the transaction that changes it. Every write path
 * does, so the actors whose rows it changed get their kept summaries back here, before the
 * commit (src/db/actor-summaries.ts), unless the caller refreshes them itself: a long ingest
 * does once at its end, not once a batch for the same busy actors.
 */
export async function bumpGeneration(
  trx: Kysely<Database>,
  options: { refreshSummaries?: boolean } = {},
): Promise<void> {
  if (options.refreshSummaries !== false) await refreshActorSummaries(trx);
  await trx.updateTable("meta").set({ value: sql`value + 1` }).where("key", "=", "generation").execute();
}

export async function readGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", "generation").executeTakeFirst();
  return Number(row?.value ?? 0);
}
