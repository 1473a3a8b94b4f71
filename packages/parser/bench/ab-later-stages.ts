// CPU time of a run of later stages (FROM..TO of parse-article.ts's STAGES, default
// findAccusations..linkItems) in two parser trees, A (BENCH_BASE: another checkout's
// packages/parser) and B (this one), rounds interleaved as in bench/ab-stages.ts. Each
// tree's docs are brought up to FROM once; every round times the stages on fresh copies
// (structuredClone, not timed) so no doc's caches carry over. With the earlier stages
// out of the timing, a change to the event stages shows above a loaded machine's noise.
import { loadavg } from "node:os";
import type { Doc } from "../src/doc.js";
import { loadTwoTrees, type Tree } from "./two-trees.js";
import { records } from "./wikinews-records.js";

const { A, B, names } = await loadTwoTrees();
const from = names.indexOf(process.env.FROM ?? "findAccusations");
const to = names.indexOf(process.env.TO ?? "linkItems") + 1;
if (from < 0 || to <= from) throw new Error(`FROM / TO: two of ${names.join(", ")}`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);

function prepare(tree: Tree): Doc[] {
  return records.map((record) => {
    const doc = tree.readInput({ kind: "record", record });
    for (let k = 0; k < from; k++) tree.STAGES[k]?.(doc, {});
    return doc;
  });
}

function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function round(tree: Tree, docs: Doc[]): number {
  const copies = docs.map((d) => structuredClone(d));
  const t = cpu();
  for (const doc of copies) for (let k = from; k < to; k++) tree.STAGES[k]?.(doc, {});
  return (cpu() - t) / 1000;
}

const docsA = prepare(A);
const docsB = prepare(B);
round(A, docsA);
round(B, docsB);
const ra: number[] = [];
const rb: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2 === 0) {
    ra.push(round(A, docsA));
    rb.push(round(B, docsB));
  } else {
    rb.push(round(B, docsB));
    ra.push(round(A, docsA));
  }
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((p, q) => p - q);
  return `${(s[0] as number).toFixed(1)} / ${(s[s.length >> 1] as number).toFixed(1)}`;
};
console.log(
  `${names[from]}..${names[to - 1]}, ${records.length} articles, CPU ms a round, min / median of ${ROUNDS}: ` +
    `A ${stat(ra)}   B ${stat(rb)}   (load average ${loadavg()[0]?.toFixed(1)})`,
);
