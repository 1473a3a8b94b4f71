import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../codegen";

const root = join(import.meta.dirname, "..");

// The typed documents are committed; they must match what codegen makes from
// the API's schema.graphql today, or the dashboard compiles against a stale contract.
it("generated/ is current with the API's schema.graphql (else run `pnpm --filter @newsgraph/web codegen`)", async () => {
  const files = await generate({ ...config, cwd: root, silent: true }, false);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const committed = readFileSync(join(root, file.filename), "utf8");
    expect(committed, file.filename).toBe(file.content);
  }
}, 60_000);
