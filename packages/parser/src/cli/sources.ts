import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { ArticleInput, ParseOptions } from "../model.js";

/** One article to parse, or the reason one could not be read. */
export type Source =
  | { file: string; line?: number; input: ArticleInput; format?: ParseOptions["format"] }
  | { file: string; line?: number; error: string };

/** A whole file above this size is refused unread (a .jsonl batch is streamed instead). */
const MAX_FILE_BYTES = 30_000_000;

/** The articles a command-line FILE holds, read lazily so batches stream. */
export async function* sourcesOf(file: string): AsyncGenerator<Source> {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (file !== "-" && ext === "jsonl") {
    yield* jsonlSources(file);
    return;
  }
  let content: string;
  try {
    content = file === "-" ? await readStdin() : await readSmallFile(file);
  } catch (error) {
    yield { file, error: describe(error) };
    return;
  }
  const format =
    ext === "json" ? "record" : ext === "html" || ext === "htm" ? "html" : ext === "txt" ? "text" : undefined;
  yield { file, input: content, format };
}

async function* jsonlSources(file: string): AsyncGenerator<Source> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        yield { file, line, error: `${file}:${line}: not valid JSON (${describe(error)})` };
        continue;
      }
      yield { file, line, input: { kind: "record", record: record as never } };
    }
  } catch (error) {
    yield { file, error: describe(error) };
  }
}

async function readSmallFile(file: string): Promise<string> {
  const info = await stat(file);
  if (info.isDirectory()) throw new Error(`${file} is a directory`);
  if (info.size > MAX_FILE_BYTES) {
    throw new Error(`${file} is ${(info.size / 1e6).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1e6} MB are refused`);
  }
  return readFile(file, "utf8");
}

async function readStdin(): Promise<string> {
  const chunks: string[] = [];
  let size = 0;
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) {
    size += (chunk as string).length;
    if (size > MAX_FILE_BYTES) throw new Error(`standard input is over ${MAX_FILE_BYTES / 1e6} MB; refused`);
    chunks.push(chunk as string);
  }
  return chunks.join("");
}

export function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && error.code === "ENOENT") {
    return `cannot read ${(error as { path?: string }).path ?? "file"}: no such file`;
  }
  return error instanceof Error ? error.message : String(error);
}
