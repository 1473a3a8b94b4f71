import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ArticleInput, ArticleRecord } from "@newsgraph/parser";

/** One article to parse, or the reason a file could not give one. */
export type SourceItem = { name: string; input: ArticleInput } | { name: string; error: string };

const articleExtensions = new Set([".txt", ".json", ".jsonl", ".html", ".htm"]);

/** Files under the given paths, folders walked in name order; only article-like files from folders. */
export function listFiles(paths: string[]): { files: string[]; missing: SourceItem[] } {
  const files: string[] = [];
  const missing: SourceItem[] = [];
  const walk = (path: string, explicit: boolean) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      missing.push({ name: path, error: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".")) walk(join(path, entry), false);
    } else if (explicit || articleExtensions.has(extname(path).toLowerCase())) {
      // A folder's README or LICENSE is not an article.
      if (!explicit && /^(readme|license|licence)/i.test(path.split(/[\\/]/).pop() ?? "")) return;
      files.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, missing };
}

function asRecord(value: unknown): ArticleRecord | null {
  if (!value || typeof value !== "object" || typeof (value as { text?: unknown }).text !== "string") return null;
  return value as ArticleRecord;
}

/** The articles in one file: a .jsonl yields one a line, other files one each. */
export function readArticles(file: string): SourceItem[] {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    return [{ name: file, error: `cannot read: ${(error as Error).message}` }];
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl") {
    const out: SourceItem[] = [];
    content.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      const name = `${file}:${i + 1}`;
      try {
        const record = asRecord(JSON.parse(line));
        out.push(record ? { name, input: { kind: "record", record } } : { name, error: "record has no text" });
      } catch {
        out.push({ name, error: "invalid JSON" });
      }
    });
    return out;
  }
  if (ext === ".json") {
    try {
      const record = asRecord(JSON.parse(content));
      return [record ? { name: file, input: { kind: "record", record } } : { name: file, error: "record has no text" }];
    } catch {
      return [{ name: file, error: "invalid JSON" }];
    }
  }
  if (ext === ".html" || ext === ".htm") return [{ name: file, input: { kind: "html", html: content } }];
  return [{ name: file, input: { kind: "text", text: content } }];
}
