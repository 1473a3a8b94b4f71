import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";

const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));

// Runs the command as `pnpm ingest` does: from apps/api, with INIT_CWD the caller's folder.
function ingest(...paths: string[]) {
  const result = spawnSync(join(app, "node_modules/.bin/tsx"), ["src/cli/ingest.ts", ...paths], {
    cwd: app,
    env: { ...process.env, INIT_CWD: dir, DATABASE_URL: "file:cli.db" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe("pnpm ingest", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stores files, folders and JSONL relative to the caller, reports failures, exits non-zero", async () => {
    writeFileSync(join(dir, "one.txt"), "Officials said the border would reopen on Monday.\n");
    mkdirSync(join(dir, "folder"));
    writeFileSync(
      join(dir, "folder", "two.json"),
      JSON.stringify({ url: "https://example.test/2", text: "The court said the ruling stands." }),
    );
    writeFileSync(join(dir, "folder", "README.md"), "not an article");
    writeFileSync(
      join(dir, "feed.jsonl"),
      [
        JSON.stringify({ url: "https://example.test/3", text: "Protesters said they would return." }),
        "{ not json",
        JSON.stringify({ url: "https://example.test/4", text: "The minister said talks went well." }),
      ].join("\n"),
    );
    const first = ingest("one.txt", "folder", "feed.jsonl", "missing.txt");
    expect(first.status).toBe(1);
    expect(first.out).toMatch(/6 articles in [\d.]+ s: 4 stored, 0 updated, 0 unchanged, 2 failed/);
    expect(first.out).toMatch(/failed: .*feed\.jsonl:2: invalid JSON/);
    expect(first.out).toMatch(/failed: .*missing\.txt: no such file or folder/);
    expect(first.err).toMatch(/ingest .*6\/6/);

    // Parsed on a worker thread this time: the same parse, so nothing changes.
    const again = ingest("--workers", "1", "one.txt", "folder", "feed.jsonl");
    expect(again.out).toMatch(/0 stored, 0 updated, 4 unchanged, 1 failed/);

    const ok = ingest("one.txt");
    expect(ok.status).toBe(0);

    const database = await openDatabase({ url: `file:${join(dir, "cli.db")}` });
    try {
      const rows = await database.db.selectFrom("articles").select("url").execute();
      expect(rows).toHaveLength(4);
    } finally {
      await database.close();
    }
  });
});
