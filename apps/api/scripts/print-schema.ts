import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { printSchemaFile } from "../src/print-schema.js";

// Writes schema.graphql, the contract the dashboard compiles against; --check only compares.
const file = resolve(dirname(fileURLToPath(import.meta.url)), "../schema.graphql");
const printed = printSchemaFile();
if (process.argv.includes("--check")) {
  const current = (() => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return "";
    }
  })();
  if (current !== printed) {
    console.error("schema.graphql is stale: run `pnpm --filter @newsgraph/api schema:print`");
    process.exit(1);
  }
  console.log("schema.graphql is current");
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
