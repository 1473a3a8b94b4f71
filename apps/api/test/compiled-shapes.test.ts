import { type SqlBool, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { bound, compiledShapes, joinShapes, shapeOf } from "../src/db/compiled-shapes.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";

describe("a statement's shape", () => {
  it("takes the bound values out, in the order they bind, and keeps the SQL around them", () => {
    const a = shapeOf([sql`i.day >= ${"2020-01"}`, sql`i.kind in (${sql.join(["direct", "indirect"])})`]);
    const b = shapeOf([sql`i.day >= ${"2021-05"}`, sql`i.kind in (${sql.join(["mixed", "direct"])})`]);
    expect(a.values).toEqual(["2020-01", "direct", "indirect"]);
    expect(b.values).toEqual(["2021-05", "mixed", "direct"]);
    expect(a.key).toBe(b.key);
    // A list of another length, another column or another condition is another statement.
    expect(shapeOf([sql`i.day >= ${"2020-01"}`, sql`i.kind in (${sql.join(["direct"])})`]).key).not.toBe(a.key);
    expect(shapeOf([sql`i.day <= ${"2020-01"}`, sql`i.kind in (${sql.join(["a", "b"])})`]).key).not.toBe(a.key);
    expect(shapeOf([sql`i.kind in (${sql.join(["a", "b"])})`]).key).not.toBe(a.key);
  });

  it("keeps literals written into the SQL in the key", () => {
    const month = shapeOf([sql`substr(i.day, 1, ${sql.lit(7)}) = ${"2020-01"}`]);
    const year = shapeOf([sql`substr(i.day, 1, ${sql.lit(4)}) = ${"2020"}`]);
    expect(month.values).toEqual(["2020-01"]);
    expect(month.key).not.toBe(year.key);
  });

  it("keys a part used again (a kept column reference, a kept condition) as it keys a new one", () => {
    const day = sql.ref("i.day");
    const kind = sql.ref("i.kind");
    const kept = sql<SqlBool>`${day} >= ${"2020"}`;
    const first = shapeOf([kept]);
    // A node with a value inside is walked again, so its values are pushed every time.
    expect(shapeOf([kept])).toEqual(first);
    expect(first.values).toEqual(["2020"]);
    expect(shapeOf([sql`${day} >= ${"2021"}`]).key).toBe(first.key);
    expect(shapeOf([sql`${sql.ref("i.day")} >= ${"2021"}`]).key).toBe(first.key);
    expect(shapeOf([sql`${kind} >= ${"2020"}`]).key).not.toBe(first.key);
    expect(shapeOf([sql`${kind} >= ${"2020"}`]).key).toBe(shapeOf([sql`${sql.ref("i.kind")} >= ${"x"}`]).key);
    // The same nested template with other fixed parts, and a value where a reference was, differ.
    expect(shapeOf([sql`${sql`a`} = ${1}`]).key).not.toBe(shapeOf([sql`${sql`b`} = ${1}`]).key);
    expect(shapeOf([sql`${day} >= ${"2020"}`]).key).not.toBe(shapeOf([sql`${"i.day"} >= ${"2020"}`]).key);
  });

  it("joins shapes under a name, their values one after another", () => {
    const joined = joinShapes("page", shapeOf([sql`a = ${1}`]), bound("limit", 11));
    expect(joined.values).toEqual([1, 11]);
    expect(joined.key).not.toBe(joinShapes("other", shapeOf([sql`a = ${1}`]), bound("limit", 11)).key);
  });
});

describe("statements compiled once a shape", async () => {
  const database = await openDatabase({ url: ":memory:" });
  await migrateToLatest(database.db);
  const db = database.db;
  for (const [id, name, kind] of [
    ["act_a", "Alpha", "group"],
    ["act_b", "Beta", "person"],
    ["act_c", "Gamma", "group"],
  ] as const)
    await db
      .insertInto("actors")
      .values({ id, key: `${kind}:${name}`, name, kind, code: null })
      .execute();
  afterAll(() => database.close());

  it("builds a shape once and answers later calls with their own values", async () => {
    const run = compiledShapes(db);
    let builds = 0;
    const names = async (kind: string, limit: number) => {
      const where = [sql<SqlBool>`kind = ${kind}`];
      const rows = await run(joinShapes("names of a kind", shapeOf(where), bound("", limit)), () => {
        builds++;
        return db
          .selectFrom("actors")
          .select("name")
          .where((eb) => eb.and(where))
          .orderBy("name")
          .limit(limit);
      });
      return rows.map((r) => r.name);
    };
    expect(await names("group", 10)).toEqual(["Alpha", "Gamma"]);
    expect(await names("person", 10)).toEqual(["Beta"]);
    expect(await names("group", 1)).toEqual(["Alpha"]);
    expect(builds).toBe(1);
    expect(compiledShapes(db)).toBe(run);
  });

  it("builds every time a statement that binds values its shape does not declare", async () => {
    const run = compiledShapes(db);
    let builds = 0;
    // The limit is bound but left out of the shape: keeping the first statement would be wrong.
    const names = async (limit: number) =>
      (
        await run(bound("names, undeclared limit"), () => {
          builds++;
          return db.selectFrom("actors").select("name").orderBy("name").limit(limit);
        })
      ).map((r) => r.name);
    expect(await names(1)).toEqual(["Alpha"]);
    expect(await names(2)).toEqual(["Alpha", "Beta"]);
    expect(builds).toBe(2);
  });
});
