import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { initial } from "./migrations/001-initial.js";
import { generation } from "./migrations/002-generation.js";
import { profileIndex } from "./migrations/003-profile-index.js";
import { coveringIndexes } from "./migrations/004-covering-indexes.js";
import { actorSurname } from "./migrations/005-actor-surname.js";
import { actorPageIndexes } from "./migrations/006-actor-page-indexes.js";
import { keptAggregates } from "./migrations/007-kept-aggregates.js";
import { actorSummaries } from "./migrations/008-actor-summaries.js";
import type { Database } from "./tables.js";

// Migrations are code, listed here in order, so a bundled or tsx-run server needs no folder scan.
const migrations: Record<string, Migration> = {
  "001-initial": initial,
  "002-generation": generation,
  "003-profile-index": profileIndex,
  "004-covering-indexes": coveringIndexes,
  "005-actor-surname": actorSurname,
  "006-actor-page-indexes": actorPageIndexes,
  "007-kept-aggregates": keptAggregates,
  "008-actor-summaries": actorSummaries,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to `target` (a migration's name) and no further: tests build an older database with it. */
export async function migrateTo(db: Kysely<Database>, target: string, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateTo(target);
  if (error) throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Brings the schema up to date; `schema` keeps Kysely's bookkeeping tables in a PostgreSQL schema of their own. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`database migration failed: ${reason}`);
  }
}
