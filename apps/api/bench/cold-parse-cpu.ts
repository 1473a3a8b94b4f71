import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tuneJitForIngest } from "../src/ingest/jit-tuning.js";
import { parseAndPlanMany } from "../src/ingest/parse-input.js";
import { listFiles, readArticles } from "../src/ingest/read-inputs.js";

// `tsx bench/cold-parse-cpu.ts [rounds] [--default-jit]`: the CPU time of parsing and planning the
// bench corpus (as `pnpm ingest` does, 100 articles a call) in a fresh process, split between the
// main thread and V8's background threads (its optimising compiler and concurrent GC) from
// /proc (Linux). The first round is what one ingest pays; later rounds show the warm cost.
// `--default-jit` leaves V8's defaults instead of `tuneJitForIngest`, for comparison.
const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1);
if (!process.argv.includes("--default-jit")) tuneJitForIngest();
const wikinews = resolve(app, "../../seeds/wikinews");
const paths = [
  ...readdirSync(wikinews)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(wikinews, f)),
  resolve(app, "../../../shared/eval/polnear/train/text"),
];
const items = listFiles(paths)
  .files.flatMap(readArticles)
  .flatMap((item) => ("input" in item ? [item] : []));

/** CPU ms of each thread of this process so far, the main thread under "main". */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(tid === String(process.pid) ? "main" : tid, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return out;
}

for (let round = 0; round < rounds; round++) {
  const before = threadCpu();
  for (let i = 0; i < items.length; i += 100) parseAndPlanMany(items.slice(i, i + 100));
  let main = 0;
  let background = 0;
  for (const [tid, ms] of threadCpu()) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === "main") main += used;
    else background += used;
  }
  console.log(
    `round ${round}: ${items.length} articles, main thread ${main} ms, background threads ${background} ms, in all ${((main + background) / items.length).toFixed(2)} ms an article`,
  );
}
