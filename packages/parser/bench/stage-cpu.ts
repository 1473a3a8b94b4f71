// CPU time of each stage of parse-article.ts's STAGES over the Wikinews sample,
// read with process.cpuUsage around every stage call (a system call each, about
// a microsecond), so time the process spends descheduled on a busy machine is
// not counted, as wall time per call would count it. Prints, per stage, the
// best round of BENCH_ROUNDS (default 5, after a warm-up round) and the median,
// and the MB/s of the best whole round. BENCH_STAGES=a,b keeps only those
// stages' lines (all stages still run).
import { readInput } from "../src/input/read-input.js";
import { STAGES } from "../src/parse-article.js";
import { toParsedArticle } from "../src/to-parsed-article.js";
import { bytes, records } from "./wikinews-records.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const names = ["input", ...STAGES.map((s) => s.name), "output"];
const only = process.env.BENCH_STAGES?.split(",");

function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function round(): number[] {
  const ms = names.map(() => 0);
  for (const record of records) {
    let t = cpu();
    const doc = readInput({ kind: "record", record });
    let u = cpu();
    ms[0] = (ms[0] as number) + u - t;
    STAGES.forEach((stage, k) => {
      t = u;
      stage(doc, {});
      u = cpu();
      ms[k + 1] = (ms[k + 1] as number) + u - t;
    });
    toParsedArticle(doc);
    t = cpu();
    ms[names.length - 1] = (ms[names.length - 1] as number) + t - u;
  }
  return ms.map((us) => us / 1000);
}

round(); // warm-up
const rounds = Array.from({ length: ROUNDS }, round);
const totals = rounds.map((r) => r.reduce((a, b) => a + b, 0));
const best = Math.min(...totals);
console.log(`${records.length} articles, ${(bytes / 1e6).toFixed(2)} MB, best and median of ${ROUNDS} rounds (CPU ms)`);
names.forEach((name, k) => {
  if (only && !only.includes(name)) return;
  const xs = rounds.map((r) => r[k] as number).sort((a, b) => a - b);
  const min = xs[0] as number;
  const med = xs[xs.length >> 1] as number;
  console.log(
    `${name.padEnd(22)} ${min.toFixed(1).padStart(8)} ${med.toFixed(1).padStart(8)}  ${(bytes / 1e6 / (min / 1000)).toFixed(1).padStart(6)} MB/s`,
  );
});
console.log(
  `${"total".padEnd(22)} ${best.toFixed(0).padStart(8)} ${totals
    .sort((a, b) => a - b)
    [totals.length >> 1]?.toFixed(0)
    .padStart(
      8,
    )}  ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s; load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`,
);
