import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";

/** Writes rows to a table inside the caller's transaction. */
export type RowWriter = <T extends keyof Database & string>(table: T, rows: Database[T][]) => Promise<void>;

// SQLite allows 32,766 bound parameters a statement and PostgreSQL 65,535; stay well under both.
const maxParameters = 20_000;

/** Multi-row INSERTs through Kysely, chunked under the parameter limits: PostgreSQL's path. */
export function kyselyWriter(db: Kysely<Database>): RowWriter {
  return async (table, rows) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0] as object).length || 1;
    const size = Math.max(1, Math.floor(maxParameters / columns));
    for (let i = 0; i < rows.length; i += size) {
      await db
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: the row type is checked by RowWriter's signature
        .values(rows.slice(i, i + size) as any)
        .execute();
    }
  };
}

const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * SQLite's path: one prepared statement a table, run once a row with
 * positional values (binding by name costs a lookup per column). better-sqlite3
 * runs synchronously on the connection that holds the open transaction, so
 * this skips building and compiling SQL for every batch.
 */
export function sqliteWriter(raw: SQLite.Database): RowWriter {
  const cache = statements.get(raw) ?? new Map<string, SQLite.Statement>();
  statements.set(raw, cache);
  return async (table, rows) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0] as object);
    const key = `${table}(${columns.join(",")})`;
    let statement = cache.get(key);
    if (!statement) {
      const names = columns.map((c) => `"${c}"`).join(", ");
      statement = raw.prepare(`insert into "${table}" (${names}) values (${columns.map(() => "?").join(", ")})`);
      cache.set(key, statement);
    }
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      const record = row as unknown as Record<string, unknown>;
      for (let c = 0; c < columns.length; c++) values[c] = record[columns[c] as string];
      statement.run(values);
    }
  };
}
