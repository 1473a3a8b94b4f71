// The Wikinews sample every parser benchmark runs over, and its size in UTF-8
// bytes of article text (the MB/s figures count those). BENCH_CORPUS names another
// JSONL of records to read instead (a sample with held-out articles left out).
import { readFileSync } from "node:fs";
import type { ArticleRecord } from "../src/model.js";

const corpus =
  process.env.BENCH_CORPUS ?? new URL("../../../../shared/corpus/wikinews/wikinews-2019-2020.jsonl", import.meta.url);

export const records: ArticleRecord[] = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

export const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text, "utf8"), 0);
