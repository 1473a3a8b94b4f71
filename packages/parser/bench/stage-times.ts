// Time spent in each stage of the parse over the Wikinews sample, so a slow
// stage shows up by name. Runs the stages in parse-article.ts's order on each
// article and sums each stage's time over BENCH_ROUNDS rounds (after a warm-up).
// Each stage's share comes from wall-clock time per call (cheap to read); the
// MB/s figure from the process's CPU time (user + system) over whole rounds,
// which other work on a shared machine inflates less than wall time. Each
// stage's ms is its share of that CPU time. BENCH_BATCH=n runs the stages as
// parseArticles does: n articles through one stage before the next stage.
import { buildActors } from "../src/actors/build-actors.js";
import { findClaims } from "../src/claims/find-claims.js";
import { resolveDates } from "../src/dates/resolve-dates.js";
import type { Doc } from "../src/doc.js";
import { findMentions } from "../src/entities/find-mentions.js";
import { findAccusations } from "../src/events/find-accusations.js";
import { findDenials } from "../src/events/find-denials.js";
import { findResponses } from "../src/events/find-responses.js";
import { readInput } from "../src/input/read-input.js";
import { linkItems } from "../src/links/link-items.js";
import { extractMetadata } from "../src/metadata/extract-metadata.js";
import { segment } from "../src/segment/segment.js";
import { toParsedArticle } from "../src/to-parsed-article.js";
import { bytes, records } from "./wikinews-records.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const BATCH = Number(process.env.BENCH_BATCH ?? 1);

const stages: [string, (doc: Doc) => unknown][] = [
  ["metadata", (doc) => extractMetadata(doc, {})],
  ["segment", segment],
  ["mentions", findMentions],
  ["actors", buildActors],
  ["claims", findClaims],
  ["accusations", findAccusations],
  ["denials", findDenials],
  ["responses", findResponses],
  ["dates", resolveDates],
  ["links", linkItems],
  ["output", toParsedArticle],
];
const totals = new Map<string, number>([["input", 0], ...stages.map(([name]) => [name, 0] as [string, number])]);

// CPU time in ms; process.cpuUsage counts microseconds (and costs a system call).
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
const now = () => performance.now();

function runAll(count: boolean): void {
  for (let i = 0; i < records.length; i += BATCH) {
    let t = now();
    const docs = records.slice(i, i + BATCH).map((record) => readInput({ kind: "record", record }));
    if (count) totals.set("input", (totals.get("input") ?? 0) + now() - t);
    for (const [name, run] of stages) {
      t = now();
      for (const doc of docs) run(doc);
      if (count) totals.set(name, (totals.get(name) ?? 0) + now() - t);
    }
  }
}

runAll(false); // warm-up
const cpuStart = cpu();
for (let round = 0; round < ROUNDS; round++) runAll(true);
const total = cpu() - cpuStart;
const wall = [...totals.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of totals) totals.set(name, (ms / wall) * total);
console.log(
  `${records.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, ${ROUNDS} rounds after a warm-up, ${BATCH} a batch`,
);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`${name.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
}
const mbs = (bytes * ROUNDS) / 1e6 / (total / 1000);
console.log(
  `${"total".padEnd(12)} ${total.toFixed(0).padStart(7)} ms  ${mbs.toFixed(2)} MB/s of CPU time (wall ${wall.toFixed(0)} ms); load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`,
);
