import type { Kysely } from "kysely";
import { rawSqlite } from "../db/database.js";
import type { Database } from "../db/tables.js";
import { type IngestOutcome, ingestBatch, type Planned, parseAndPlanMany, refreshSummaries } from "./ingest.js";
import { ParsePool } from "./parse-pool.js";
import type { ArticlePlan } from "./plan-article.js";
import { listFiles, readArticles, type SourceItem } from "./read-inputs.js";

export interface IngestSummary {
  stored: number;
  updated: number;
  unchanged: number;
  failed: { name: string; reason: string }[];
  total: number;
  /** Milliseconds the store waited for parsing, and spent storing. */
  parseMs: number;
  storeMs: number;
}

export interface IngestFilesOptions {
  referenceDate?: string | null;
  /** Articles a transaction. */
  batchSize?: number;
  /** Parser threads; 0 parses on this thread. Default: one fewer than the cores (at most 4), for big inputs. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

type Parsed = Planned;

/** Parses and stores every article under `paths`; failures are collected, never thrown. */
export async function ingestFiles(
  db: Kysely<Database>,
  paths: string[],
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const { files, missing } = listFiles(paths);
  const items: SourceItem[] = [...missing, ...files.flatMap(readArticles)];
  const summary: IngestSummary = {
    stored: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    total: items.length,
    parseMs: 0,
    storeMs: 0,
  };
  const batchSize = options.batchSize ?? 100;
  const referenceDate = options.referenceDate ?? null;
  const record = (o: IngestOutcome) => {
    if (!o.ok) summary.failed.push({ name: o.name, reason: o.reason });
    else if (o.status === "STORED") summary.stored++;
    else if (o.status === "UPDATED") summary.updated++;
    else summary.unchanged++;
  };
  // Starting threads costs more than parsing a handful of articles.
  const workers = options.workers ?? (items.length >= 4 * batchSize ? ParsePool.defaultSize() : 0);
  const pool = workers > 0 ? new ParsePool(workers) : null;

  const batches: SourceItem[][] = [];
  for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
  const inputsOf = (batch: SourceItem[]) => batch.flatMap((item) => ("input" in item ? [item] : []));
  const parseHere = (b: number) => parseAndPlanMany(inputsOf(batches[b] as SourceItem[]), referenceDate);

  // Batches are stored in order. Parse workers take them from the front, two at a time each so
  // one is always queued; whenever the batch to store next is still with a worker, this thread
  // parses the last batch no one has taken, so both ends stay busy and a worker's start-up is
  // never waited for.
  const results: (Parsed[] | undefined)[] = new Array(batches.length);
  const pending: Promise<unknown>[] = [];
  let front = 0;
  let back = batches.length;
  const workerLoop = async (on: number) => {
    while (front < back) {
      const b = front++;
      const job = pool?.parse(inputsOf(batches[b] as SourceItem[]), referenceDate, on) as Promise<Parsed[]>;
      pending[b] = job;
      results[b] = await job;
    }
  };
  // A worker's failure reaches the store loop through `pending`; the loops themselves just stop.
  const loops = pool ? Array.from({ length: pool.size * 2 }, (_, i) => workerLoop(i % pool.size).catch(() => {})) : [];
  const parsedBatch = async (b: number): Promise<Parsed[]> => {
    for (;;) {
      const ready = results[b];
      if (ready) return ready;
      if (b >= front) {
        // No worker has it (or there are none): parse it here.
        front = Math.max(front, b + 1);
        results[b] = parseHere(b);
      } else if (back - 1 >= front) {
        back--;
        results[back] = parseHere(back);
        // Let the workers' finished batches in before deciding again.
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        await pending[b];
      }
    }
  };

  let done = 0;
  options.onProgress?.(0, items.length);
  const restoreCheckpoints = deferCheckpoints(db);
  try {
    for (let b = 0; b < batches.length; b++) {
      const batch = batches[b] as SourceItem[];
      const waitStart = performance.now();
      const parsed = await parsedBatch(b);
      results[b] = [];
      const storeStart = performance.now();
      summary.parseMs += storeStart - waitStart;
      const toStore: { plan: ArticlePlan; name: string }[] = [];
      let r = 0;
      for (const item of batch) {
        if ("error" in item) {
          record({ ok: false, name: item.name, reason: item.error });
          continue;
        }
        const result = parsed[r++] as Parsed;
        if (result.ok) toStore.push({ plan: result.plan, name: item.name });
        else record({ ok: false, name: item.name, reason: result.reason });
      }
      // The actors' kept summaries once at the end, not once a batch for the same busy actors.
      for (const outcome of await ingestBatch(db, toStore, { refreshSummaries: false })) record(outcome);
      summary.storeMs += performance.now() - storeStart;
      done += batch.length;
      options.onProgress?.(done, items.length);
    }
    const refreshStart = performance.now();
    await refreshSummaries(db);
    summary.storeMs += performance.now() - refreshStart;
  } finally {
    restoreCheckpoints();
    back = front; // no more work for the workers
    await pool?.close();
    await Promise.all(loops);
  }
  return summary;
}

/**
 * SQLite copies its write-ahead log into the database file every 1,000 pages,
 * so a long ingest rewrites the same index pages again and again; during
 * ingest it copies once, at the end. Returns the function that does so.
 */
export function deferCheckpoints(db: Kysely<Database>): () => void {
  const raw = rawSqlite.get(db);
  if (!raw) return () => {};
  const previous = raw.pragma("wal_autocheckpoint", { simple: true }) as number;
  raw.pragma("wal_autocheckpoint = 0");
  return () => {
    raw.pragma(`wal_autocheckpoint = ${previous}`);
    raw.pragma("wal_checkpoint(PASSIVE)");
  };
}
