import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { ingestBatch, parseAndPlan, refreshSummaries } from "../src/ingest/ingest.js";
import { deferCheckpoints } from "../src/ingest/ingest-files.js";
import type { ArticlePlan } from "../src/ingest/plan-article.js";
import { listFiles, readArticles } from "../src/ingest/read-inputs.js";

// `tsx bench/store-cpu.ts [rounds] [plans.json]`: the CPU time of storing the bench corpus
// (the Wikinews records and PolNeAR train, as `pnpm bench` ingests them) into a fresh SQLite
// file, apart from parsing: the articles are parsed and planned once (kept in `plans.json`
// when a file is named, so later runs skip the parse), then stored `rounds` times, a batch of
// 100 articles a transaction as `pnpm ingest` does. CPU time, so a loaded machine still compares.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rounds = Number(process.argv[2] ?? 3);
const planFile = process.argv[3] ?? null;
const wikinews = resolve(app, "../../seeds/wikinews");
const polnear = resolve(app, "../../../shared/eval/polnear/train/text");

let plans: { plan: ArticlePlan; name: string }[];
if (planFile && existsSync(planFile)) plans = JSON.parse(readFileSync(planFile, "utf8"));
else {
  const paths = [
    ...readdirSync(wikinews)
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(wikinews, f)),
    polnear,
  ];
  plans = [];
  for (const item of listFiles(paths).files.flatMap(readArticles)) {
    if (!("input" in item)) continue;
    const planned = parseAndPlan(item.input, item.name);
    if (planned.ok) plans.push({ plan: planned.plan, name: item.name });
  }
  if (planFile) writeFileSync(planFile, JSON.stringify(plans));
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < rounds; r++) {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-store-"));
  const database = await openDatabase({ url: `file:${join(dir, "store.db")}` });
  await migrateToLatest(database.db);
  const cpu = cpuMs();
  const wall = performance.now();
  let stored = 0;
  const batch = Number(process.env.STORE_BATCH ?? 100);
  // As `ingestFiles` does: the write-ahead log is copied into the file once, at the end.
  const checkpoint = deferCheckpoints(database.db);
  // And the actors' kept summaries once, at the end.
  for (let i = 0; i < plans.length; i += batch)
    for (const o of await ingestBatch(database.db, plans.slice(i, i + batch), { refreshSummaries: false }))
      if (o.ok) stored++;
  await refreshSummaries(database.db);
  checkpoint();
  const ms = cpuMs() - cpu;
  console.log(
    `stored ${stored} of ${plans.length} articles: ${ms.toFixed(0)} ms CPU (${(ms / stored).toFixed(2)} ms an article), ${(performance.now() - wall).toFixed(0)} ms wall`,
  );
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
