import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { Kysely, type LogEvent, PostgresDialect } from "kysely";
import pg from "pg";
import { withStatementCache } from "./statement-cache.js";
import { countingSqliteDialect, syncReads } from "./sync-reads.js";
import type { Database } from "./tables.js";

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives: a file path or the URL without its password. */
  location: string;
  /** The PostgreSQL schema in use, when not the default. */
  schema?: string;
  close(): Promise<void>;
}

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultDatabaseFile = resolve(appRoot, "data/newsgraph.db");

// COUNT(*) and SUM() come back from pg as strings (int8); numbers are small here.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** The better-sqlite3 connection behind a SQLite Kysely, for ingest's prepared statements. */
export const rawSqlite = new WeakMap<Kysely<Database>, SQLite.Database>();

export interface OpenOptions {
  /** postgres:// URL, file:path, a bare path, or undefined for the default file. */
  url?: string | null;
  /** PostgreSQL schema to work in (created if missing); tests use one per run. */
  pgSchema?: string;
  /** Called with each statement's SQL (tests count queries with it). */
  onQuery?: (sql: string, milliseconds: number, parameters: readonly unknown[]) => void;
}

function logger(options: OpenOptions) {
  const onQuery = options.onQuery;
  if (!onQuery) return {};
  return {
    log: (event: LogEvent) => {
      if (event.level === "query") onQuery(event.query.sql, event.queryDurationMillis, event.query.parameters);
    },
  };
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url?.trim() || undefined;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  const file = url ? url.replace(/^file:(\/\/)?/, "") : defaultDatabaseFile;
  return openSqlite(file === ":memory:" ? file : resolve(process.env.INIT_CWD ?? process.cwd(), file), options);
}

function openSqlite(file: string, options: OpenOptions): DatabaseHandle {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets the API read while an ingest writes; NORMAL sync is safe with WAL.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Random-keyed indexes (hash ids) thrash the default 2 MB page cache during ingest.
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  const { dialect, read } = countingSqliteDialect({ database: withStatementCache(sqlite) }, options.onQuery);
  const db = new Kysely<Database>({ dialect, ...logger(options) });
  rawSqlite.set(db, sqlite);
  syncReads.set(db, read);
  return { db, dialect: "sqlite", location: file, close: () => db.destroy() };
}

async function openPostgres(url: string, options: OpenOptions): Promise<DatabaseHandle> {
  const schema = options.pgSchema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...logger(options) });
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  return { db, dialect: "postgres", location, ...(schema ? { schema } : {}), close: () => db.destroy() };
}
