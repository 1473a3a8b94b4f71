// CPU time of each stage in two parser trees, A (BENCH_BASE: another checkout's
// packages/parser, e.g. a worktree of main) and B (this one), their rounds
// alternating in one process (A B, B A, ...) so that a loaded machine's swings
// fall on both alike. Prints, per stage, the minimum and median of BENCH_ROUNDS
// rounds each (default 10, after a warm-up round of each), and the whole parse.
// Read with process.cpuUsage around every stage call, as bench/stage-cpu.ts does.
// BENCH_STAGES=a,b keeps only those stages' lines. Both trees' modules load in
// the one process: their module state (cue tables, caches) is their own.
import { loadavg } from "node:os";
import { loadTwoTrees, type Tree } from "./two-trees.js";
import { bytes, records } from "./wikinews-records.js";

const { A, B, names } = await loadTwoTrees();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const only = process.env.BENCH_STAGES?.split(",");

function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function round(tree: Tree): number[] {
  const us = names.map(() => 0);
  for (const record of records) {
    const doc = tree.readInput({ kind: "record", record });
    let t = cpu();
    tree.STAGES.forEach((stage, k) => {
      stage(doc, {});
      const u = cpu();
      us[k] = (us[k] as number) + u - t;
      t = u;
    });
  }
  return us.map((x) => x / 1000);
}

round(A);
round(B);
const ra: number[][] = [];
const rb: number[][] = [];
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2 === 0) {
    ra.push(round(A));
    rb.push(round(B));
  } else {
    rb.push(round(B));
    ra.push(round(A));
  }
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((p, q) => p - q);
  return `${(s[0] as number).toFixed(1).padStart(8)} / ${(s[s.length >> 1] as number).toFixed(1).padStart(8)}`;
};
console.log(
  `${records.length} articles, ${(bytes / 1e6).toFixed(2)} MB; CPU ms a round, min / median of ${ROUNDS} rounds each`,
);
names.forEach((name, k) => {
  if (only && !only.includes(name)) return;
  console.log(`${name.padEnd(22)} A ${stat(ra.map((r) => r[k] as number))}   B ${stat(rb.map((r) => r[k] as number))}`);
});
const total = (rs: number[][]) => rs.map((r) => r.reduce((a, b) => a + b, 0));
console.log(
  `${"total".padEnd(22)} A ${stat(total(ra))}   B ${stat(total(rb))}   (load average ${loadavg()[0]?.toFixed(1)})`,
);
