import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type DatabaseHandle, openDatabase, rawSqlite } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { type IngestSummary, ingestFiles } from "./ingest/ingest-files.js";
import { buildYoga } from "./yoga.js";

export interface StartApiOptions {
  /** 0 picks a free port. Default: API_PORT or 4000. */
  port?: number;
  /** Default: 127.0.0.1. */
  host?: string;
  /** postgres:// URL or file:path. Default: DATABASE_URL, else apps/api/data/newsgraph.db. */
  databaseUrl?: string | null;
  /** An already open database to serve instead of `databaseUrl`; the caller closes it. */
  database?: DatabaseHandle;
  /** When set, mutations need `Authorization: Bearer <token>`. Default: API_TOKEN. */
  token?: string | null;
  /** Paths to ingest when the database has no articles (e.g. the repo's seeds/). */
  seedPaths?: string[];
  /** Cache query results until the next write (default true). */
  responseCache?: boolean;
  onSeedProgress?: (done: number, total: number) => void;
}

export interface RunningApi {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  server: Server;
  database: DatabaseHandle;
  /** What seeding did, or null when the database already had articles. */
  seeded: IngestSummary | null;
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds it if empty, and serves GraphQL (and GraphiQL) at /graphql. */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  const owned = !options.database;
  const database =
    options.database ?? (await openDatabase({ url: options.databaseUrl ?? process.env.DATABASE_URL ?? null }));
  try {
    await migrateToLatest(database.db, database.schema);
    let seeded: IngestSummary | null = null;
    if (options.seedPaths?.length) {
      const any = await database.db.selectFrom("articles").select("id").limit(1).executeTakeFirst();
      if (!any) seeded = await ingestFiles(database.db, options.seedPaths, { onProgress: options.onSeedProgress });
    }
    refreshPlannerStatistics(database);
    const yoga = buildYoga({
      database,
      responseCache: options.responseCache,
      token: "token" in options ? options.token : (process.env.API_TOKEN ?? null),
    });
    const server = createServer(yoga);
    const host = options.host ?? "127.0.0.1";
    const port = options.port ?? Number(process.env.API_PORT || 4000);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    const actual = (server.address() as AddressInfo).port;
    return {
      url: `http://${host}:${actual}/graphql`,
      port: actual,
      server,
      database,
      seeded,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        if (owned) await database.close();
      },
    };
  } catch (error) {
    if (owned) await database.close();
    throw error;
  }
}

/**
 * SQLite picks between indexes by their statistics; without any it prefers a
 * table's primary key even where a covering index answers without reading
 * the rows. `optimize` gathers them for tables that have none or changed
 * much since (sampled, so it stays well under a second); PostgreSQL's
 * autovacuum does this on its own.
 */
function refreshPlannerStatistics(database: DatabaseHandle): void {
  const raw = rawSqlite.get(database.db);
  if (!raw) return;
  raw.pragma("analysis_limit = 400");
  raw.pragma("optimize = 0x10002");
}
