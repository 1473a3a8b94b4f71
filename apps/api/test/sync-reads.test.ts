import { afterAll, describe, expect, it } from "vitest";
import { compiledByIds } from "../src/db/compiled-by-ids.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";

describe("compiled SQLite reads run at once unless the connection is taken", async () => {
  const statements: string[] = [];
  const database = await openDatabase({ url: ":memory:", onQuery: (sql) => statements.push(sql) });
  await migrateToLatest(database.db);
  const db = database.db;
  await db
    .insertInto("actors")
    .values({ id: "act_a", key: "group:Alpha", name: "Alpha", kind: "group", code: null })
    .execute();
  afterAll(() => database.close());
  const names = (ids: string[]) =>
    compiledByIds(db)("sync names", ids, (ids) =>
      db.selectFrom("actors").select("name").where("id", "in", ids).orderBy("name"),
    );

  it("answers a kept statement with the same rows, and still reports it to onQuery", async () => {
    expect(await names(["act_a", "act_b"])).toEqual([{ name: "Alpha" }]); // built and compiled
    statements.length = 0;
    expect(await names(["act_a", "act_x"])).toEqual([{ name: "Alpha" }]); // kept: the synchronous path
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/from "actors"/);
  });

  it("never reads another caller's open transaction: it waits for the commit", async () => {
    let inserted!: () => void;
    const wrote = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    let release!: () => void;
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await trx
        .insertInto("actors")
        .values({ id: "act_b", key: "group:Beta", name: "Beta", kind: "group", code: null })
        .execute();
      inserted();
      await hold;
    });
    await wrote;
    // The transaction holds the connection across an await: the read must queue behind it.
    let answered = false;
    const read = names(["act_a", "act_b"]).then((rows) => {
      answered = true;
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    release();
    await transaction;
    expect(await read).toEqual([{ name: "Alpha" }, { name: "Beta" }]);
    // And once it is committed, reads run at once again.
    expect(await names(["act_b", "act_a"])).toEqual([{ name: "Alpha" }, { name: "Beta" }]);
  });
});
