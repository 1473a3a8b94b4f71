import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type SQLite from "better-sqlite3";
import { openDatabase, rawSqlite } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { buildYoga } from "../src/yoga.js";
import { dashboardQueries } from "./dashboard-queries.js";
import { benchEntities, inProcessPoster } from "./post-in-process.js";

// `tsx bench/statement-cpu.ts file:DB [name] [rounds]`: the CPU time each SQL statement of an
// uncached dashboard request costs inside real requests (better-sqlite3's `all`, timed with
// the process's CPU clock around each call; each call adds about 10 µs of the clock's own),
// with its rows. A request's statements cost two to five times what they cost run alone in
// a loop (`query-plans.ts`), as the JavaScript between them evicts their pages from the CPU's
// caches: this is the figure a change to a request's statements moves.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv[3] || null;
const rounds = Number(process.argv[4] ?? 300);
const database = await openDatabase({ url: process.argv[2] ?? null });
await migrateToLatest(database.db);
const raw = rawSqlite.get(database.db);
if (!raw) throw new Error("statement-cpu times SQLite's statements: give it a file: database");

type Statement = SQLite.Statement & { source: string };
const prototype = Object.getPrototypeOf(raw.prepare("select 1")) as { all: (...p: unknown[]) => unknown[] };
const realAll = prototype.all;
const spent = new Map<string, { ms: number; calls: number; rows: number }>();
let timing = false;
prototype.all = function (this: Statement, ...parameters: unknown[]) {
  if (!timing) return realAll.apply(this, parameters);
  const start = process.cpuUsage();
  const rows = realAll.apply(this, parameters);
  const used = process.cpuUsage(start);
  const entry = spent.get(this.source) ?? { ms: 0, calls: 0, rows: 0 };
  entry.ms += (used.user + used.system) / 1000;
  entry.calls++;
  entry.rows += rows.length;
  spent.set(this.source, entry);
  return rows;
};

const post = inProcessPoster(buildYoga({ database, responseCache: false, token: null }));
const { actor, article } = await benchEntities(post);
for (const d of await dashboardQueries(app, { actor, article })) {
  if (only && !d.name.includes(only)) continue;
  for (let i = 0; i < 50; i++) await post(d.query, d.variables);
  spent.clear();
  timing = true;
  for (let i = 0; i < rounds; i++) await post(d.query, d.variables);
  timing = false;
  const rows = [...spent].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((n, [, e]) => n + e.ms, 0);
  console.log(`## ${d.name}: ${(total / rounds).toFixed(3)} ms CPU in SQLite a request, ${rows.length} statements`);
  for (const [sql, e] of rows)
    console.log(
      `${(e.ms / rounds).toFixed(3)} ms  ${e.calls / rounds}x  ${(e.rows / e.calls).toFixed(0)} rows  ${sql.replace(/\s+/g, " ").slice(0, 160)}`,
    );
}
await database.close();
