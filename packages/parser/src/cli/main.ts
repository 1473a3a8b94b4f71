#!/usr/bin/env node
import { ArticleInputError, parseArticle } from "../index.js";
import { type CliArgs, parseArgs, USAGE } from "./args.js";
import { writer } from "./output.js";
import { describe, type Source, sourcesOf } from "./sources.js";
import { summarize } from "./summary.js";

// The command line: reads files (the core never touches the file system),
// parses each article, and prints results one at a time as they are ready.
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
  for (const file of args.files) {
    for await (const source of sourcesOf(file)) {
      const result = parseSource(source, args.date);
      if ("error" in result) {
        failed++;
        if (args.jsonl) await out(`${JSON.stringify(result)}\n`);
        else await err(`${result.file}${source.line ? `:${source.line}` : ""}: error: ${result.error}\n`);
      } else if (args.jsonl) await out(`${JSON.stringify(result.output)}\n`);
      else await out(summarize(source.line ? `${file}:${source.line}` : file, result.article));
    }
  }
  return failed ? 1 : 0;
}

type Result =
  | { file: string; line?: number; error: string }
  | { article: ReturnType<typeof parseArticle>; output: Record<string, unknown> };

function parseSource(source: Source, date: string | null): Result {
  const where = source.line ? { file: source.file, line: source.line } : { file: source.file };
  if ("error" in source) return { ...where, error: source.error };
  const name = source.line ? `${source.file}:${source.line}` : source.file;
  try {
    const article = parseArticle(source.input, { name, referenceDate: date, format: source.format });
    return { article, output: { ...where, ...article } };
  } catch (error) {
    const message = error instanceof ArticleInputError ? error.message : `${name}: internal error: ${describe(error)}`;
    return { ...where, error: message };
  }
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
