import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, rawSqlite } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { buildYoga } from "../src/yoga.js";
import { dashboardQueries } from "./dashboard-queries.js";
import { inProcessPoster } from "./post-in-process.js";

// `tsx bench/query-plans.ts file:DB [name]`: every SQL statement each dashboard query runs
// (uncached), with what it costs SQLite alone (best of 20 runs) and SQLite's plan, to find
// the scans worth an index. The total is the whole request through Yoga, best of 20.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const statements: { sql: string; parameters: readonly unknown[] }[] = [];
const database = await openDatabase({
  url: process.argv[2] ?? null,
  onQuery: (sql, _ms, parameters) => statements.push({ sql, parameters }),
});
await migrateToLatest(database.db);
const yoga = buildYoga({ database, responseCache: false, token: null });
const raw = rawSqlite.get(database.db);
if (!raw) throw new Error("query-plans reads SQLite's plans: give it a file: database");

const post = inProcessPoster(yoga);

function best(runs: number, run: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const ids = await dashboardEntities();
const only = process.argv[3];
for (const q of await dashboardQueries(app, ids)) {
  if (only && !q.name.includes(only)) continue;
  statements.length = 0;
  const out = await post(q.query, q.variables);
  if (out.errors) throw new Error(`${q.name}: ${JSON.stringify(out.errors)}`);
  const seen = [...statements];
  let total = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await post(q.query, q.variables);
    total = Math.min(total, performance.now() - t0);
  }
  const timed = seen.map((s) => {
    const statement = raw.prepare(s.sql);
    const ms = best(20, () => (statement.reader ? statement.all(...s.parameters) : null));
    return { ...s, ms };
  });
  const sqlMs = timed.reduce((sum, s) => sum + s.ms, 0);
  console.log(
    `\n## ${q.name}: ${total.toFixed(2)} ms a request, ${seen.length} statements taking ${sqlMs.toFixed(2)} ms in SQLite, ${JSON.stringify(out).length} bytes`,
  );
  for (const s of timed.sort((a, b) => b.ms - a.ms)) {
    console.log(
      `${s.ms.toFixed(3)} ms  ${s.sql
        .replace(/\s+/g, " ")
        .replace(/(\?, )+\?/g, "?…")
        .slice(0, 240)}`,
    );
    if (s.ms < 0.05) continue;
    for (const row of raw.prepare(`explain query plan ${s.sql}`).all(...s.parameters) as { detail: string }[])
      console.log(`           ${row.detail}`);
  }
}
await database.close();

/** The most-mentioned actor, and the newest article that names it: a busy actor page and a full article page. */
async function dashboardEntities() {
  const picked = await post(`{ topActors(role: MENTIONED, limit: 1) { actor { id } } }`);
  const actor = (picked.data as { topActors: { actor: { id: string } }[] }).topActors[0]?.actor.id ?? "";
  const articles = await post(
    `query($a: ID!) { articles(first: 1, filter: { actor: $a }) { edges { node { id } } } }`,
    {
      a: actor,
    },
  );
  const article = (articles.data as { articles: { edges: { node: { id: string } }[] } }).articles.edges[0]?.node.id;
  return { actor, article: article ?? "" };
}
