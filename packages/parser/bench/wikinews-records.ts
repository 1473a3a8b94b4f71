// The Wikinews sample every parser benchmark runs over, and its size in UTF-8
// bytes of article text (the MB/s figures count those).
import { readFileSync } from "node:fs";
import type { ArticleRecord } from "../src/model.js";

const corpus = new URL("../../../../shared/corpus/wikinews/wikinews-2019-2020.jsonl", import.meta.url);

export const records: ArticleRecord[] = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

export const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text, "utf8"), 0);
