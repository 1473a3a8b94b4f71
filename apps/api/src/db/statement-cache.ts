import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * The connection Kysely's SQLite dialect sees, with its prepared statements
 * kept by SQL text: Kysely prepares every statement it runs, and compiling
 * the SQL again costs more than running most of the API's indexed reads.
 * Statements are run synchronously (`all`/`run`), so one can be reused as
 * soon as it returns; one still iterating (a stream) gets a fresh copy.
 */
export function withStatementCache(raw: SQLite.Database, maxEntries = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement && !statement.busy) {
        // Re-inserting keeps the Map's order least-recently-used first.
        cache.delete(sql);
        cache.set(sql, statement);
        return statement as unknown as SqliteStatement;
      }
      statement = raw.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return statement as unknown as SqliteStatement;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}
