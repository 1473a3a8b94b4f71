import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { testDatabases } from "./helpers/databases.js";

// Batches of one, a parse worker and this thread sharing the parsing from both ends of the
// list: every article must still be stored once, in order, with its own parse.
describe.each(testDatabases())("ingestFiles with a parse worker on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-files-"));
  const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"];
  beforeAll(async () => {
    database = await testDb.open();
    names.forEach((name, i) => {
      const record = {
        url: `https://example.test/${name.toLowerCase()}`,
        title: `${name} reopens`,
        publishedAt: `2021-01-${String(i + 1).padStart(2, "0")}`,
        text: `${name} officials said the border would reopen on Monday. The ministry of ${name} denied any delay.`,
      };
      writeFileSync(join(dir, `${String(i).padStart(2, "0")}.json`), JSON.stringify(record));
    });
    writeFileSync(join(dir, "99.json"), "{ not json");
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores every article once, in input order, each with its own parse", async () => {
    const progress: number[] = [];
    const summary = await ingestFiles(database.db, [dir], {
      workers: 1,
      batchSize: 1,
      onProgress: (done) => progress.push(done),
    });
    expect(summary).toMatchObject({ stored: 10, updated: 0, unchanged: 0, total: 11 });
    expect(summary.failed.map((f) => f.name)).toEqual([join(dir, "99.json")]);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const rows = await database.db
      .selectFrom("articles")
      .select(["url", "title", "text", "ingested_at"])
      .orderBy("ingested_at")
      .orderBy("published_at")
      .execute();
    expect(rows.map((r) => r.title)).toEqual(names.map((n) => `${n} reopens`));
    for (const r of rows) expect(r.text).toContain(r.title?.split(" ")[0]);

    const again = await ingestFiles(database.db, [dir], { workers: 1, batchSize: 2 });
    expect(again).toMatchObject({ stored: 0, unchanged: 10 });
  });
});
