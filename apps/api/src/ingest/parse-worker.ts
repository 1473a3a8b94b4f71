import { parentPort } from "node:worker_threads";
import type { ArticleInput } from "@newsgraph/parser";
import { type Planned, parseAndPlanMany } from "./parse-input.js";

export interface ParseJob {
  id: number;
  referenceDate: string | null;
  items: { name: string; input: ArticleInput }[];
}

export type ParseJobResult = { id: number; results: Planned[] };

// Parses batches for ParsePool, and plans their rows, off the thread that writes to the database.
parentPort?.on("message", (job: ParseJob) => {
  const results = parseAndPlanMany(job.items, job.referenceDate);
  parentPort?.postMessage({ id: job.id, results } satisfies ParseJobResult);
});
