import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { dashboardQueries } from "./dashboard-queries.js";

// `tsx bench/http-cpu.ts file:DB [rounds] [name] [--prof DIR] [--dump FILE]`: the server's CPU
// time a request over HTTP (as `pnpm bench` serves it: a separate process, keep-alive, the
// uncached instance and the bare hello), best of `rounds` batches of 400 requests a document,
// the documents interleaved so a burst of load elsewhere falls on all alike. CPU time read from
// /proc, so it survives a shared machine better than latency. `--prof DIR` runs the server under
// `node --cpu-prof` (one profile for the whole run, written at exit); `--dump FILE` writes each
// document's response body, to compare answers byte for byte before and after a change.
// `--other APP_DIR` serves another checkout's API beside this one's from one process
// (bench/ab-server.ts), both uncached, and measures each document on both in turn.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const value = args[i + 1] ?? null;
  args.splice(i, 2);
  return value;
};
const profDir = flag("--prof");
const dumpFile = flag("--dump");
const other = flag("--other");
const databaseUrl = args[0] ?? null;
const rounds = Number(args[1] ?? 5);
const only = args[2] || null;
const batch = 400;

const nodeArgs = ["--import", "tsx", ...(profDir ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [])];
const script = other
  ? [join(app, "bench/ab-server.ts"), databaseUrl ?? "", app, resolve(other)]
  : [join(app, "bench/bench-server.ts"), databaseUrl ?? ""];
const server = spawn(process.execPath, [...nodeArgs, ...script], { cwd: app, stdio: ["ignore", "pipe", "inherit"] });
const started = await new Promise<{ pid: number; uncached: string; hello: string; urls?: string[] }>(
  (resolve, reject) => {
    server.stdout.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
    server.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  },
);
const urls = started.urls ? { pid: started.pid, uncached: started.urls[0] ?? "", hello: "" } : started;

function serverCpuMs(): number {
  const fields = readFileSync(`/proc/${urls.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return r.text();
}

const picked = JSON.parse(await post(urls.uncached, "{ topActors(role: MENTIONED, limit: 1) { actor { id } } }"));
const actor = picked.data.topActors[0]?.actor.id ?? "";
const newest = JSON.parse(
  await post(urls.uncached, "query($a: ID!) { articles(first: 1, filter: { actor: $a }) { edges { node { id } } } }", {
    a: actor,
  }),
);
const article = newest.data.articles.edges[0]?.node.id ?? "";
const dashboard = await dashboardQueries(app, { actor, article });
const documents = [
  ...(other ? [] : [{ name: "bare Yoga hello", url: urls.hello, query: "{ hello }", variables: {} }]),
  ...dashboard.map((d) => ({ ...d, url: urls.uncached })),
  ...(other ? dashboard.map((d) => ({ ...d, name: `${d.name} (other)`, url: started.urls?.[1] ?? "" })) : []),
  // BENCH_EXTRA_QUERY: one more document on the API, e.g. `{ __typename }` for its own overhead.
  ...(process.env.BENCH_EXTRA_QUERY
    ? [{ name: "extra", url: urls.uncached, query: process.env.BENCH_EXTRA_QUERY, variables: {} }]
    : []),
].filter(
  (d) =>
    !only ||
    d.name === "extra" ||
    d.name === only ||
    d.name === `${only} (other)` ||
    (d.name === "bare Yoga hello" && !profDir),
);

const dump: Record<string, string> = {};
for (const d of documents) {
  const body = await post(d.url, d.query, d.variables);
  if (JSON.parse(body).errors) throw new Error(`${d.name}: ${body}`);
  dump[d.name] = body;
}
for (const [name, body] of Object.entries(dump)) {
  const theirs = dump[`${name} (other)`];
  if (theirs !== undefined && theirs !== body)
    console.log(`${name}: DIFFERENT ANSWERS (${body.length} against ${theirs.length} bytes)`);
}
if (other) documents.sort((x, y) => x.name.replace(" (other)", "").localeCompare(y.name.replace(" (other)", "")));
if (dumpFile) writeFileSync(dumpFile, `${JSON.stringify(dump, null, 1)}\n`);

const run = async (d: (typeof documents)[number]) => {
  const start = serverCpuMs();
  await autocannon({
    url: d.url,
    connections: 10,
    amount: batch,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: d.query, variables: d.variables }),
  });
  return (serverCpuMs() - start) / batch;
};
if (rounds > 0) for (const d of documents) await run(d); // warm-up: graphql-jit compiles, V8 optimises
const best = new Map(documents.map((d) => [d.name, Number.POSITIVE_INFINITY]));
for (let r = 0; r < rounds; r++) {
  for (const d of documents) best.set(d.name, Math.min(best.get(d.name) ?? 0, await run(d)));
}
if (rounds > 0)
  for (const [name, ms] of best)
    console.log(`${name}: ${ms.toFixed(3)} ms server CPU a request (best of ${rounds} × ${batch})`);
server.kill();
await new Promise((resolve) => server.once("exit", resolve));
