import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";

// SQLite allows 32,766 bound parameters a statement and PostgreSQL 65,535; stay well under both.
const maxParameters = 20_000;

/** Multi-row inserts, chunked so no statement exceeds the databases' parameter limits. */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(maxParameters / columns));
  for (let i = 0; i < rows.length; i += size) {
    // biome-ignore lint/suspicious/noExplicitAny: the row type is checked by the signature above
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as any)
      .execute();
  }
}
