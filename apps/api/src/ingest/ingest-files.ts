import type { ParsedArticle } from "@newsgraph/parser";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { type IngestOutcome, ingestBatch, parseInput } from "./ingest.js";
import { listFiles, readArticles } from "./read-inputs.js";

export interface IngestSummary {
  stored: number;
  updated: number;
  unchanged: number;
  failed: { name: string; reason: string }[];
  total: number;
}

export interface IngestFilesOptions {
  referenceDate?: string | null;
  /** Articles a transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Parses and stores every article under `paths`; failures are collected, never thrown. */
export async function ingestFiles(
  db: Kysely<Database>,
  paths: string[],
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const { files, missing } = listFiles(paths);
  const items = [...missing, ...files.flatMap(readArticles)];
  const summary: IngestSummary = { stored: 0, updated: 0, unchanged: 0, failed: [], total: items.length };
  const batchSize = options.batchSize ?? 100;
  let done = 0;
  const record = (o: IngestOutcome) => {
    if (!o.ok) summary.failed.push({ name: o.name, reason: o.reason });
    else if (o.status === "STORED") summary.stored++;
    else if (o.status === "UPDATED") summary.updated++;
    else summary.unchanged++;
  };
  options.onProgress?.(0, items.length);
  for (let i = 0; i < items.length; i += batchSize) {
    const batch: { parsed: ParsedArticle; name: string }[] = [];
    for (const item of items.slice(i, i + batchSize)) {
      if ("error" in item) {
        record({ ok: false, name: item.name, reason: item.error });
        continue;
      }
      const result = parseInput(item.input, item.name, options.referenceDate);
      if (result.ok) batch.push({ parsed: result.parsed, name: item.name });
      else record({ ok: false, name: item.name, reason: result.reason });
    }
    for (const outcome of await ingestBatch(db, batch)) record(outcome);
    done = Math.min(items.length, i + batchSize);
    options.onProgress?.(done, items.length);
  }
  return summary;
}
