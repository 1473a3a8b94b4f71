import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.js";
import { migrateTo, migrateToLatest } from "../../src/db/migrate.js";

export interface TestDatabase {
  name: "sqlite" | "postgres";
  /** A fresh, migrated (up to `migration`, else fully), empty database; `drop` removes it. */
  open(onQuery?: (sql: string) => void, migration?: string): Promise<DatabaseHandle & { drop(): Promise<void> }>;
}

const pgUrl = process.env.TEST_POSTGRES_URL;

const sqlite: TestDatabase = {
  name: "sqlite",
  async open(onQuery, migration) {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-api-"));
    const handle = await openDatabase({ url: `file:${join(dir, "test.db")}`, onQuery });
    if (migration) await migrateTo(handle.db, migration, handle.schema);
    else await migrateToLatest(handle.db, handle.schema);
    return {
      ...handle,
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestDatabase = {
  name: "postgres",
  async open(onQuery, migration) {
    if (!pgUrl) throw new Error("TEST_POSTGRES_URL is not set: the PostgreSQL suite cannot run (CI must provide it)");
    // Each test file gets its own schema, so parallel runs and other suites never collide.
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const handle = await openDatabase({ url: pgUrl, pgSchema: schema, onQuery });
    if (migration) await migrateTo(handle.db, migration, handle.schema);
    else await migrateToLatest(handle.db, handle.schema);
    return {
      ...handle,
      drop: async () => {
        await handle.close();
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  },
};

/**
 * The databases every API suite runs against. Without TEST_POSTGRES_URL the
 * PostgreSQL suite still runs in CI (and fails, saying why); locally it is
 * left out with a note.
 */
export function testDatabases(): TestDatabase[] {
  if (pgUrl || process.env.CI) return [sqlite, postgres];
  console.warn("note: TEST_POSTGRES_URL is not set; skipping the PostgreSQL suite (it runs in CI)");
  return [sqlite];
}
