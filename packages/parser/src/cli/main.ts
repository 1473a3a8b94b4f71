import { readFileSync } from "node:fs";
import { parseArticle } from "../index.js";

// Placeholder until the CLI lands: --jsonl over .txt files.
const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const file of files) {
  const result = parseArticle(readFileSync(file, "utf8"), { name: file });
  process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
}
