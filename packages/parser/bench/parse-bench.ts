// Throughput of the full parse over the Wikinews sample: MB/s (UTF-8 bytes of
// article text), articles/s, and peak memory; one article at a time
// (parseArticle) and in batches read stage by stage (parseArticles, as the
// command line does). Also times the input, header and segmentation stages on
// their own, since every other stage runs after them.
import { parseArticle, parseArticles } from "../src/index.js";
import { readInput } from "../src/input/read-input.js";
import { extractMetadata } from "../src/metadata/extract-metadata.js";
import type { ArticleRecord } from "../src/model.js";
import { segment } from "../src/segment/segment.js";
import { bytes, records } from "./wikinews-records.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = 32;

function time(run: (record: ArticleRecord) => void): number {
  return timeRounds(() => {
    for (const record of records) run(record);
  });
}

function timeRounds(round: () => void): number {
  round(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let n = 0; n < ROUNDS; n++) {
    const started = performance.now();
    round();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function report(label: string, ms: number): void {
  const mbs = bytes / 1e6 / (ms / 1000);
  const aps = records.length / (ms / 1000);
  console.log(
    `${label.padEnd(34)} ${mbs.toFixed(1).padStart(7)} MB/s ${aps.toFixed(0).padStart(8)} articles/s ${ms.toFixed(1).padStart(8)} ms/round`,
  );
}

console.log(
  `${records.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text; best of ${ROUNDS} rounds after a warm-up`,
);
report(
  "full parseArticle",
  time((record) => parseArticle({ kind: "record", record })),
);
report(
  `full parseArticles (${BATCH} a batch)`,
  timeRounds(() => {
    for (let i = 0; i < records.length; i += BATCH)
      parseArticles(records.slice(i, i + BATCH).map((record) => ({ input: { kind: "record", record } })));
  }),
);
report(
  "input + header + segment",
  time((record) => {
    const doc = readInput({ kind: "record", record });
    extractMetadata(doc, {});
    segment(doc);
  }),
);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory (max RSS)      ${peak.toFixed(0)} MB`);
