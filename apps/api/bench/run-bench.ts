import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";

// `pnpm bench`: ingest the Wikinews corpus and PolNeAR train into a fresh SQLite
// file, then load-test the dashboard's main queries beside a bare Yoga server.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const wikinews = resolve(app, "../../seeds/wikinews");
const polnear = resolve(app, "../../../shared/eval/polnear/train/text");
const seconds = Number(process.env.BENCH_DURATION ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
const file = join(dir, "bench.db");
const paths = [
  ...readdirSync(wikinews)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(wikinews, f)),
  polnear,
];

console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}; node ${process.version}`);
const database = await openDatabase({ url: `file:${file}` });
await migrateToLatest(database.db);
const started = performance.now();
const summary = await ingestFiles(database.db, paths);
const elapsed = (performance.now() - started) / 1000;
await database.close();
const n = summary.stored + summary.updated + summary.unchanged;
console.log(
  `ingest: ${summary.total} articles (${summary.failed.length} failed) in ${elapsed.toFixed(1)} s = ${(n / elapsed).toFixed(0)} articles/s end to end; parse ${(summary.parseMs / 1000).toFixed(1)} s (${((n * 1000) / summary.parseMs).toFixed(0)}/s), store ${(summary.storeMs / 1000).toFixed(1)} s (${((n * 1000) / summary.storeMs).toFixed(0)}/s)`,
);

const server = spawn(join(app, "node_modules/.bin/tsx"), [join(app, "bench/bench-server.ts"), `file:${file}`], {
  stdio: ["ignore", "pipe", "inherit"],
});
const urls = await new Promise<{ api: string; uncached: string; hello: string }>((resolve, reject) => {
  server.stdout.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
  server.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
});

async function post(url: string, query: string, variables = {}) {
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data: Record<string, unknown>; errors?: unknown[] };
}

// The dashboard's entities: the most-mentioned actor and a typical article.
const picked = await post(
  urls.api,
  `{ topActors(role: MENTIONED, limit: 1) { actor { id } } articles(first: 1, filter: { source: "Wikinews" }) { edges { node { id } } } }`,
);
const data = picked.data as { topActors: { actor: { id: string } }[]; articles: { edges: { node: { id: string } }[] } };
const actorId = data.topActors[0]?.actor.id ?? "act_0000000000000000";
const articleId = data.articles.edges[0]?.node.id ?? "art_0000000000000000";

const queries: [string, string, string, Record<string, unknown>][] = [
  ["bare Yoga hello", urls.hello, "{ hello }", {}],
  [
    "accusation network",
    urls.api,
    "{ accusationNetwork(limit: 100) { nodes { id name kind } edges { count accuser { id } accused { id } accusations(first: 3) { id evidence { text } } } } }",
    {},
  ],
  [
    "responses timeline",
    urls.api,
    "{ responsesTimeline(bucket: MONTH) { period type count } corpusStats { articles actors claims accusations responses } }",
    {},
  ],
  [
    "actor page",
    urls.api,
    `query($id: ID!) { actor(id: $id) { id name kind code title aliases affiliation { id name } counts { articles claims accusationsMade accusationsReceived responsesGiven responsesReceived }
      claims(first: 10) { totalCount edges { node { id kind content { text } evidence { text sentence { text } article { id title } } } } }
      accusationsMade(first: 10) { edges { node { id accused { id name } category evidence { text } } } }
      responsesGiven(first: 10) { edges { node { id type modality targets { id name } date } } }
      articles(first: 10) { totalCount edges { node { id title publishedAt } } } } }`,
    { id: actorId },
  ],
  [
    "article page",
    urls.api,
    `query($id: ID!) { article(id: $id) { id title url source publishedAt text paragraphs { start end }
      actors { name title mentionCount actor { id name kind } }
      mentions { start end kind actor { id } }
      claims { id kind speaker { id name } cue { start end } content { start end text } evidence { start end sentence { text } } }
      accusations { id accuser { id name } accused { id name } category evidence { start end text } }
      denials { id denier { id name } evidence { text } }
      responses { id type modality actor { id name } targets { id name } evidence { text } } } }`,
    { id: articleId },
  ],
];

// Each dashboard query again on the instance without the response cache.
for (const [name, url, query, variables] of queries.slice(1)) {
  if (url === urls.api) queries.push([`${name} (no cache)`, urls.uncached, query, variables]);
}

console.log(`\nqueries: autocannon, ${connections} connections × ${seconds} s each, database of ${n} articles`);
console.log("| query | requests/s | p50 ms | p99 ms | errors |");
console.log("| --- | --- | --- | --- | --- |");
for (const [name, url, query, variables] of queries) {
  const check = await post(url, query, variables);
  if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${failures} |`,
  );
}
server.kill();
rmSync(dir, { recursive: true, force: true });
