import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "../src/db/statement-cache.js";

describe("SQLite statements through the statement cache", () => {
  const raw = new SQLite(":memory:");
  raw.exec(`create table a (id text, n integer, note text); insert into a values ('x', 1, null), ('y', 2, 'two');
            create table b (id text, a_id text); insert into b values ('b1', 'x'), ('b2', 'y');`);
  const cached = withStatementCache(raw);
  const both = (sql: string, parameters: unknown[] = []) => [
    cached.prepare(sql).all(parameters),
    raw.prepare(sql).all(...parameters),
  ];

  it("gives the rows better-sqlite3 gives, key for key, a later duplicate column winning", () => {
    for (const sql of [
      "select * from a order by id",
      "select * from a join b on b.a_id = a.id order by b.id",
      "select id, n as id from a order by n",
      `select n as "__proto__", id from a`,
      'select 1 as "a b", \'q\' as "it\'s"',
    ]) {
      const [ours, theirs] = both(sql);
      expect(ours).toEqual(theirs);
      expect(ours?.map((r) => Object.keys(r as object))).toEqual(theirs?.map((r) => Object.keys(r as object)));
    }
    expect(both("select * from a where id = ?", ["y"])[0]).toEqual([{ id: "y", n: 2, note: "two" }]);
  });

  it("reuses a statement, runs writes, and streams rows as objects", () => {
    const s = cached.prepare("select id from a where n > ?");
    expect(cached.prepare("select id from a where n > ?")).toBe(s);
    expect(cached.prepare("insert into a values (?, ?, ?)").run(["z", 3, null]).changes).toBe(1);
    expect([...cached.prepare("select id, n from a where n >= ? order by n").iterate([2])]).toEqual([
      { id: "y", n: 2 },
      { id: "z", n: 3 },
    ]);
  });
});
