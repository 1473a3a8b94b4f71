import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { tuneJitForIngest } from "../src/ingest/jit-tuning.js";
import { dashboardQueries } from "./dashboard-queries.js";

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
// As `pnpm ingest` does; the API server measured below is a separate process with the defaults.
tuneJitForIngest();
const database = await openDatabase({ url: `file:${file}` });
await migrateToLatest(database.db);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await ingestFiles(database.db, paths);
const cpu = process.cpuUsage(cpuBefore);
const elapsed = (performance.now() - started) / 1000;
await database.close();
const n = summary.stored + summary.updated + summary.unchanged;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `ingest: ${summary.total} articles (${summary.failed.length} failed) in ${elapsed.toFixed(1)} s = ${(n / elapsed).toFixed(0)} articles/s end to end, ${cpuSeconds.toFixed(1)} s of CPU on all threads (${((cpuSeconds * 1000) / n).toFixed(1)} ms an article); the storing thread stored for ${(summary.storeMs / 1000).toFixed(1)} s (${((n * 1000) / summary.storeMs).toFixed(0)}/s) and parsed or waited for parses for ${(summary.parseMs / 1000).toFixed(1)} s`,
);

const server = spawn(join(app, "node_modules/.bin/tsx"), [join(app, "bench/bench-server.ts"), `file:${file}`], {
  stdio: ["ignore", "pipe", "inherit"],
});
const urls = await new Promise<{ pid: number; api: string; uncached: string; hello: string }>((resolve, reject) => {
  server.stdout.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
  server.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
});

/** The server process's CPU time so far in ms (Linux), so a request's cost can be told apart from the machine's load. */
function serverCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/${urls.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

async function post(url: string, query: string, variables = {}) {
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as { data: Record<string, unknown>; errors?: unknown[] };
}

// The dashboard's entities: the most-mentioned actor, and the newest article that names it.
const picked = await post(urls.api, "{ topActors(role: MENTIONED, limit: 1) { actor { id } } }");
const actorId = (picked.data as { topActors: { actor: { id: string } }[] }).topActors[0]?.actor.id ?? "";
const newest = await post(
  urls.api,
  "query($a: ID!) { articles(first: 1, filter: { actor: $a }) { edges { node { id } } } }",
  {
    a: actorId,
  },
);
const articleId = (newest.data as { articles: { edges: { node: { id: string } }[] } }).articles.edges[0]?.node.id ?? "";

// The dashboard's own documents, each on the cached instance and on the one without a cache.
const dashboard = await dashboardQueries(app, { actor: actorId, article: articleId });
const queries: [string, string, string, Record<string, unknown>][] = [
  ["bare Yoga hello", urls.hello, "{ hello }", {}],
  ...dashboard.map((q): [string, string, string, Record<string, unknown>] => [q.name, urls.api, q.query, q.variables]),
  ...dashboard.map((q): [string, string, string, Record<string, unknown>] => [
    `${q.name} (no cache)`,
    urls.uncached,
    q.query,
    q.variables,
  ]),
];

console.log(`\nqueries: autocannon, ${connections} connections × ${seconds} s each, database of ${n} articles`);
console.log("| query | requests/s | p50 ms | p99 ms | errors | server CPU ms a request | response bytes |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [name, url, query, variables] of queries) {
  const check = await post(url, query, variables);
  if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
  const cpuStart = serverCpuMs();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const cpuEnd = serverCpuMs();
  const perRequest =
    cpuStart !== null && cpuEnd !== null && result.requests.total > 0
      ? ((cpuEnd - cpuStart) / result.requests.total).toFixed(2)
      : "n/a";
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${failures} | ${perRequest} | ${JSON.stringify(check).length} |`,
  );
}
server.kill();
rmSync(dir, { recursive: true, force: true });
