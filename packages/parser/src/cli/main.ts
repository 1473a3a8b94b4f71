#!/usr/bin/env node
import { ArticleInputError, type ArticleOutcome, type ParsedArticle, parseArticles } from "../index.js";
import { type CliArgs, parseArgs, USAGE } from "./args.js";
import { writer } from "./output.js";
import { describe, type Source, sourcesOf } from "./sources.js";
import { summarize } from "./summary.js";

// The command line: reads files (the core never touches the file system),
// parses the articles a few dozen at a time (parseArticles: stage by stage,
// which is faster than one by one), and prints each result in input order.
const BATCH = 32;

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`parse: ${describe(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const out = writer(process.stdout);
  const err = writer(process.stderr);
  let failed = 0;
  let batch: { file: string; source: Source }[] = [];
  const flush = async () => {
    const results = parseBatch(
      batch.map((b) => b.source),
      args.date,
    );
    for (const [k, result] of results.entries()) {
      const { file, source } = batch[k] as { file: string; source: Source };
      if ("error" in result) {
        failed++;
        if (args.jsonl) await out(`${JSON.stringify(result)}\n`);
        else await err(`${result.file}${source.line ? `:${source.line}` : ""}: error: ${result.error}\n`);
      } else if (args.jsonl) await out(`${JSON.stringify(result.output)}\n`);
      else await out(summarize(source.line ? `${file}:${source.line}` : file, result.article));
    }
    batch = [];
  };
  for (const file of args.files) {
    for await (const source of sourcesOf(file)) {
      batch.push({ file, source });
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  return failed ? 1 : 0;
}

type Result =
  | { file: string; line?: number; error: string }
  | { article: ParsedArticle; output: Record<string, unknown> };

function parseBatch(sources: Source[], date: string | null): Result[] {
  const readable = sources.filter((s): s is Extract<Source, { input: unknown }> => "input" in s);
  const outcomes = parseArticles(
    readable.map((s) => ({
      input: s.input,
      options: { name: nameOf(s), referenceDate: date, format: s.format },
    })),
  );
  let next = 0;
  return sources.map((source) => {
    const where = source.line ? { file: source.file, line: source.line } : { file: source.file };
    if ("error" in source) return { ...where, error: source.error };
    return resultOf(where, nameOf(source), outcomes[next++] as ArticleOutcome);
  });
}

function nameOf(source: Source): string {
  return source.line ? `${source.file}:${source.line}` : source.file;
}

function resultOf(where: { file: string; line?: number }, name: string, outcome: ArticleOutcome): Result {
  if ("article" in outcome) return { article: outcome.article, output: { ...where, ...outcome.article } };
  const { error } = outcome;
  const message = error instanceof ArticleInputError ? error.message : `${name}: internal error: ${describe(error)}`;
  return { ...where, error: message };
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`parse ... | head`) ends the run quietly.
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`parse: ${describe(error)}\n`);
    process.exitCode = 1;
  },
);
