// The two parser trees an A/B bench compares: A is BENCH_BASE (another checkout's
// packages/parser, e.g. a worktree of main), B this one. Both load in one process;
// their module state (cue tables, caches) is their own. They must run the same
// stages, or a per-stage comparison means nothing.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Doc } from "../src/doc.js";
import type { ArticleInput, ParseOptions } from "../src/model.js";

export interface Tree {
  STAGES: readonly ((doc: Doc, options: ParseOptions) => void)[];
  readInput: (input: ArticleInput) => Doc;
}

async function load(dir: string): Promise<Tree> {
  const url = (path: string) => pathToFileURL(resolve(dir, path)).href;
  const { STAGES } = await import(url("src/parse-article.ts"));
  const { readInput } = await import(url("src/input/read-input.ts"));
  return { STAGES, readInput };
}

/** Trees A (BENCH_BASE) and B (this checkout) and the names of their stages. */
export async function loadTwoTrees(): Promise<{ A: Tree; B: Tree; names: string[] }> {
  const base = process.env.BENCH_BASE;
  if (!base) throw new Error("BENCH_BASE: the other tree's packages/parser directory");
  const A = await load(base);
  const B = await load(new URL("..", import.meta.url).pathname);
  const names = B.STAGES.map((s) => s.name);
  if (A.STAGES.map((s) => s.name).join() !== names.join()) throw new Error("the two trees run other stages");
  return { A, B, names };
}
