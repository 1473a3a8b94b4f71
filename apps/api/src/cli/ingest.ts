import { resolve } from "node:path";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { ingestFiles } from "../ingest/ingest-files.js";
import { tuneJitForIngest } from "../ingest/jit-tuning.js";
import { progressBar } from "./progress-bar.js";

// `pnpm ingest PATH...`: files, folders or JSONL into DATABASE_URL (default: the app's SQLite file).
const args = process.argv.slice(2);
const flagValue = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const referenceDate = flagValue("--date");
const workers = flagValue("--workers");
const paths = args.filter((a, i) => !a.startsWith("--") && !["--date", "--workers"].includes(args[i - 1] ?? ""));
if (paths.length === 0 || (workers !== null && !/^\d+$/.test(workers))) {
  console.error("usage: pnpm ingest [--date YYYY-MM-DD] [--workers N] PATH...   (files, folders, .jsonl)");
  process.exit(2);
}
// pnpm runs this script from apps/api; paths are relative to where the user typed the command.
const base = process.env.INIT_CWD ?? process.cwd();
tuneJitForIngest();
const database = await openDatabase({ url: process.env.DATABASE_URL ?? null });
try {
  await migrateToLatest(database.db, database.schema);
  const bar = progressBar("ingest");
  const started = performance.now();
  const summary = await ingestFiles(
    database.db,
    paths.map((p) => resolve(base, p)),
    {
      referenceDate,
      workers: workers === null ? undefined : Number(workers),
      onProgress: (done, total) => bar.update(done, total),
    },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${summary.total} articles in ${seconds.toFixed(1)} s: ${summary.stored} stored, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed.length} failed (${database.location})`,
  );
  for (const f of summary.failed) console.log(`  failed: ${f.name}: ${f.reason}`);
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
} finally {
  await database.close();
}
