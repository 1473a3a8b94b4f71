import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "../src/print-schema.js";

describe("schema.graphql", () => {
  it("is what the code prints (run `pnpm --filter @newsgraph/api schema:print` after a schema change)", () => {
    const committed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaFile());
  });
});
