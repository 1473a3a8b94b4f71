import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleInput } from "@newsgraph/parser";
import type { Planned } from "./parse-input.js";
import type { ParseJobResult } from "./parse-worker.js";

type Result = Planned;

/** Worker threads that parse and plan while the main thread stores; results come back per batch. */
export class ParsePool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: Result[]) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(size = ParsePool.defaultSize()) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL("./parse-worker-entry.mjs", import.meta.url));
      worker.on("message", (m: ParseJobResult) => {
        this.pending.get(m.id)?.resolve(m.results);
        this.pending.delete(m.id);
      });
      worker.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  /**
   * One thread fewer than the machine has, leaving one to store (and to parse
   * what the threads have not reached); at most four. None on one or two
   * cores: measured on a shared two-core machine, a second thread's start-up
   * (its own parser load and JIT warm-up) and the copying of its plans cost
   * more CPU than the overlap saved (BENCHMARKS.md, "API"); `--workers 1`
   * still asks for one.
   */
  static defaultSize(): number {
    const cores = availableParallelism();
    return cores <= 2 ? 0 : Math.min(4, cores - 1);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Parses on worker `on` (default: the next in turn). */
  parse(items: { name: string; input: ArticleInput }[], referenceDate: string | null, on?: number): Promise<Result[]> {
    const id = this.next++;
    const worker = this.workers[(on ?? id) % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, items, referenceDate });
    });
  }

  /** Stops the threads; batches still being parsed are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    for (const p of this.pending.values()) p.reject(new Error("parse pool closed"));
    this.pending.clear();
  }
}
