import { type Kysely, sql } from "kysely";
import type { Database } from "./tables.js";

/** Marks the data as changed; call inside the transaction that changes it. */
export async function bumpGeneration(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable("meta").set({ value: sql`value + 1` }).where("key", "=", "generation").execute();
}

export async function readGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", "generation").executeTakeFirst();
  return Number(row?.value ?? 0);
}
