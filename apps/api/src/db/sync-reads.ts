import type { DatabaseConnection, Driver, Kysely, SqliteDatabase, TransactionSettings } from "kysely";
import { SqliteDialect, type SqliteDialectConfig } from "kysely";
import type { Database } from "./tables.js";

/**
 * Runs a compiled read at once on SQLite's one connection and returns its rows, or null
 * when the connection is taken (a transaction is open across awaits, or a statement is
 * queued for it): the caller then goes through Kysely as before.
 */
export type SyncRead = <Row>(sql: string, parameters: readonly unknown[]) => Row[] | null;

/** The synchronous reader of a SQLite Kysely (none for PostgreSQL, or a transaction's Kysely). */
export const syncReads = new WeakMap<Kysely<Database>, SyncRead>();

/**
 * Kysely's SQLite dialect, with a count of who holds or waits for its connection. Kysely
 * runs each statement through a promise-based lock on the one connection (several
 * microtasks a statement, and the API's cached reads are a few hundred microseconds of
 * SQLite); a read that finds nobody holding or waiting for the connection can run
 * synchronously with the same result, since nothing else can run until it returns. A
 * transaction holds the connection from its `begin` to its `commit`, so a read never sees
 * another request's half-written rows.
 */
export function countingSqliteDialect(
  config: SqliteDialectConfig & { database: SqliteDatabase },
  onQuery: ((sql: string, milliseconds: number, parameters: readonly unknown[]) => void) | undefined,
): { dialect: SqliteDialect; read: SyncRead } {
  let held = 0;
  const connection = config.database;
  const dialect = new (class extends SqliteDialect {
    override createDriver(): Driver {
      const inner = super.createDriver();
      return {
        init: () => inner.init(),
        acquireConnection: async () => {
          held++;
          try {
            return await inner.acquireConnection();
          } catch (error) {
            held--;
            throw error;
          }
        },
        releaseConnection: async (c: DatabaseConnection) => {
          held--;
          await inner.releaseConnection(c);
        },
        beginTransaction: (c: DatabaseConnection, s: TransactionSettings) => inner.beginTransaction(c, s),
        commitTransaction: (c: DatabaseConnection) => inner.commitTransaction(c),
        rollbackTransaction: (c: DatabaseConnection) => inner.rollbackTransaction(c),
        ...(inner.savepoint ? { savepoint: inner.savepoint.bind(inner) } : {}),
        ...(inner.rollbackToSavepoint ? { rollbackToSavepoint: inner.rollbackToSavepoint.bind(inner) } : {}),
        ...(inner.releaseSavepoint ? { releaseSavepoint: inner.releaseSavepoint.bind(inner) } : {}),
        destroy: () => inner.destroy(),
      };
    }
  })(config);
  const read: SyncRead = <Row>(sql: string, parameters: readonly unknown[]) => {
    if (held > 0) return null;
    const started = onQuery ? performance.now() : 0;
    const statement = connection.prepare(sql);
    if (!statement.reader) return null;
    const rows = statement.all(parameters) as Row[];
    onQuery?.(sql, performance.now() - started, parameters);
    return rows;
  };
  return { dialect, read };
}
