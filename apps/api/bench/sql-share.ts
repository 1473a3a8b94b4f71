import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { buildYoga } from "../src/yoga.js";
import { dashboardQueries } from "./dashboard-queries.js";
import { benchEntities, inProcessPoster } from "./post-in-process.js";

// `tsx bench/sql-share.ts file:DB [rounds]`: how much of an uncached request to each dashboard
// document is SQLite. Each document runs twice over: as it is, then with every statement's
// result memoised (a statement run again with the same values returns a copy of its first
// rows, which the app still turns into objects), so the second figure is the request without
// SQLite and without better-sqlite3 making JS values of the rows. CPU time, best of `rounds`
// batches of 40, so a loaded machine still compares; profiles on this machine pinned whole
// milliseconds on single functions, which this ablation does not depend on.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rounds = Number(process.argv[3] ?? 7);

// Every better-sqlite3 statement shares one prototype; patched before the database opens.
const statementPrototype = Object.getPrototypeOf(new SQLite(":memory:").prepare("select 1")) as {
  all: (...parameters: unknown[]) => unknown[];
  source: string;
};
const realAll = statementPrototype.all;
let memoise = false;
const memo = new Map<string, unknown[]>();
statementPrototype.all = function (this: { source: string }, ...parameters: unknown[]) {
  if (!memoise) return realAll.apply(this, parameters);
  const key = `${this.source}\u0000${JSON.stringify(parameters)}`;
  let rows = memo.get(key);
  if (!rows) {
    rows = realAll.apply(this, parameters);
    memo.set(key, rows);
  }
  return rows.slice();
};

const database = await openDatabase({ url: process.argv[2] ?? null });
await migrateToLatest(database.db);
const post = inProcessPoster(buildYoga({ database, responseCache: false, token: null }));
const { actor, article } = await benchEntities(post);
const documents = await dashboardQueries(app, { actor, article });

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function best(query: string, variables: Record<string, unknown>): Promise<number> {
  for (let i = 0; i < 40; i++) await post(query, variables);
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs();
    for (let i = 0; i < 40; i++) await post(query, variables);
    min = Math.min(min, (cpuMs() - start) / 40);
  }
  return min;
}
for (const d of documents) {
  memoise = false;
  const whole = await best(d.query, d.variables);
  memoise = true;
  const withoutSql = await best(d.query, d.variables);
  console.log(
    `${d.name}: ${whole.toFixed(2)} ms CPU a request, ${withoutSql.toFixed(2)} without SQLite: SQLite ${((100 * (whole - withoutSql)) / whole).toFixed(0)}%`,
  );
}
await database.close();
