import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { buildYoga } from "../src/yoga.js";
import { dashboardQueries } from "./dashboard-queries.js";
import { benchEntities, inProcessPoster } from "./post-in-process.js";

// `tsx bench/request-cpu.ts file:DB [runs] [name] [profile.cpuprofile]`: the CPU time one
// uncached request to each dashboard document costs, through `yoga.fetch` in this process
// (no HTTP, no cache), the median of `runs` rounds after a warm-up. CPU time, not wall
// time, so figures taken on a loaded machine still compare. `name` keeps one document;
// a profile file name records a CPU profile of the timed rounds alone (no start-up).
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[3] ?? 200);
const only = process.argv[4] || null;
const profileFile = process.argv[5] ?? null;
const database = await openDatabase({ url: process.argv[2] ?? null });
await migrateToLatest(database.db);
const yoga = buildYoga({ database, responseCache: false, token: null });

const post = inProcessPoster(yoga);

const { actor, article } = await benchEntities(post);
const documents = (await dashboardQueries(app, { actor, article })).filter((d) => !only || d.name === only);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const samples = new Map<string, number[]>(documents.map((d) => [d.name, []]));
for (const d of documents) {
  const check = await post(d.query, d.variables);
  if (check.errors) throw new Error(`${d.name}: ${JSON.stringify(check.errors)}`);
  for (let i = 0; i < 30; i++) await post(d.query, d.variables);
}
const session = profileFile ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
// Rounds interleave the documents, so a burst of load elsewhere falls on all of them alike.
for (let r = 0; r < runs; r++) {
  for (const d of documents) {
    const start = cpuMs();
    await post(d.query, d.variables);
    samples.get(d.name)?.push(cpuMs() - start);
  }
}
if (session && profileFile) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profileFile, JSON.stringify(profile));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [name, xs] of samples) console.log(`${name}: ${median(xs).toFixed(2)} ms CPU a request (median of ${runs})`);
await database.close();
