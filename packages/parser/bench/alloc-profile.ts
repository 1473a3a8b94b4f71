// Bytes allocated per round of the full parse over the Wikinews sample, and by
// which functions: V8's sampling heap profiler with the objects the garbage
// collector has already taken counted too (a plain heap snapshot sees only what
// is alive at its end, which hides the per-token garbage). Also the CPU time of
// a round (user + system, best of BENCH_ROUNDS), one article at a time and in
// batches of 32, which a shared machine inflates less than wall time.
// BENCH_TOP=n lists the n functions that allocate most (default 15).
import { Session } from "node:inspector/promises";
import { parseArticle, parseArticles } from "../src/index.js";
import { bytes, records } from "./wikinews-records.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TOP = Number(process.env.BENCH_TOP ?? 15);

const one = () => {
  for (const record of records) parseArticle({ kind: "record", record });
};
const batched = () => {
  for (let i = 0; i < records.length; i += 32)
    parseArticles(records.slice(i, i + 32).map((record) => ({ input: { kind: "record" as const, record } })));
};

function cpuMs(run: () => void): number {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

one(); // warm-up
batched();
const best = (run: () => void) => Math.min(...Array.from({ length: ROUNDS }, () => cpuMs(run)));
const single = best(one);
const batch = best(batched);
const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
one();
const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: Node } };
session.disconnect();

const byFunction = new Map<string, number>();
let total = 0;
const walk = (n: Node) => {
  total += n.selfSize;
  const f = n.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/src\//, "src/")}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n.selfSize);
  for (const c of n.children) walk(c);
};
walk(profile.head);

console.log(`${records.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text; CPU time, best of ${ROUNDS} rounds`);
console.log(`one at a time   ${single.toFixed(0).padStart(6)} ms/round  ${mbs(single)} MB/s of CPU time`);
console.log(`32 a batch      ${batch.toFixed(0).padStart(6)} ms/round  ${mbs(batch)} MB/s of CPU time`);
console.log(`allocated       ${(total / 1e6).toFixed(0).padStart(6)} MB/round (one at a time, sampled)`);
for (const [key, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP))
  console.log(`${(size / 1e6).toFixed(1).padStart(8)} MB  ${key}`);
console.log(`load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`);
