import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { compiledByIds } from "../src/db/compiled-by-ids.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";

describe("statements compiled once a shape", async () => {
  const database = await openDatabase({ url: ":memory:" });
  await migrateToLatest(database.db);
  const db = database.db;
  for (const [id, name] of [
    ["act_a", "Alpha"],
    ["act_b", "Beta"],
    ["act_c", "Gamma"],
  ] as const)
    await db
      .insertInto("actors")
      .values({ id, key: `group:${name}`, name, kind: "group", code: null })
      .execute();
  afterAll(() => database.close());

  it("builds a shape once and answers later calls with their own ids", async () => {
    const byIds = compiledByIds(db);
    let builds = 0;
    const names = async (ids: string[]) =>
      (
        await byIds("names", ids, (ids) => {
          builds++;
          return db.selectFrom("actors").select("name").where("id", "in", ids).orderBy("name");
        })
      ).map((r) => r.name);
    expect(await names(["act_a", "act_b"])).toEqual(["Alpha", "Beta"]);
    expect(await names(["act_c", "act_a"])).toEqual(["Alpha", "Gamma"]);
    expect(await names(["act_b", "act_c"])).toEqual(["Beta", "Gamma"]);
    expect(await names(["act_c"])).toEqual(["Gamma"]);
    expect(builds).toBe(2);
    expect(compiledByIds(db)).toBe(byIds);
  });

  it("builds every time a statement that binds more than its ids", async () => {
    const byIds = compiledByIds(db);
    let builds = 0;
    const named = async (ids: string[], prefix: string) =>
      (
        await byIds("names with a prefix", ids, (ids) => {
          builds++;
          return db
            .selectFrom("actors")
            .select("name")
            .where("id", "in", ids)
            .where(sql<boolean>`name like ${`${prefix}%`}`);
        })
      ).map((r) => r.name);
    expect(await named(["act_a", "act_b"], "A")).toEqual(["Alpha"]);
    expect(await named(["act_a", "act_b"], "B")).toEqual(["Beta"]);
    expect(builds).toBe(2);
  });
});
