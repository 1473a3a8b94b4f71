import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputed } from "../src/db/kept-aggregates.js";
import { migrateToLatest } from "../src/db/migrate.js";
import type { Database } from "../src/db/tables.js";
import { mergeActorKeys } from "../src/identity/merge-actors.js";
import { deleteArticle } from "../src/ingest/store-article.js";
import { buildArticle } from "./helpers/build-article.js";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { articleB, fixtureArticles } from "./helpers/fixtures.js";

// The aggregates kept by triggers (src/db/kept-aggregates.ts) must always hold exactly what
// grouping the rows gives, through every write: ingest, re-ingest, delete, actor merges.

// An invented article: the Kremlin accuses Joe Biden, who also denies as "Biden" (a surname
// alone, folded into him at ingest).
const articleD = buildArticle({
  url: "https://example.test/d",
  publishedAt: "2021-05-02",
  source: "Wire",
  title: "Kremlin accuses Biden",
  text: "The Kremlin accused Joe Biden of meddling. Biden rejected the claim. The Kremlin expelled two diplomats.",
  actors: [
    { id: "d1", name: "Kremlin", kind: "organization" },
    { id: "d2", name: "Joe Biden", kind: "person" },
    { id: "d3", name: "Biden", kind: "person" },
  ],
  accusations: [
    {
      id: "x1",
      accuser: "d1",
      accused: ["d2"],
      evidence: "The Kremlin accused Joe Biden of meddling.",
      allegation: "meddling",
      category: "interference",
    },
  ],
  denials: [{ id: "n1", denier: "d3", evidence: "Biden rejected the claim.", respondsTo: "x1" }],
  responses: [
    {
      id: "r1",
      actor: "d1",
      targets: ["d2"],
      type: "expel_diplomats",
      cameo: "1663",
      evidence: "The Kremlin expelled two diplomats.",
    },
  ],
});

type Row = Record<string, unknown>;
const norm = (rows: Row[]) =>
  rows
    .map((r) => Object.entries(r).map(([k, v]) => `${k}=${k === "n" ? Number(v) : v}`))
    .map((r) => r.join(" "))
    .sort();

/** Each kept table against its rows grouped from scratch; returns how many rows each holds. */
async function expectKept(db: Kysely<Database>): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const [table, select] of Object.entries(recomputed)) {
    const kept = (await sql.raw<Row>(`select * from ${table}`).execute(db)).rows;
    const fresh = (await sql.raw<Row>(`select * from (${select}) x`).execute(db)).rows;
    expect(norm(kept), table).toEqual(norm(fresh));
    sizes[table] = kept.length;
  }
  return sizes;
}

describe.each(testDatabases())("kept aggregates on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, [...fixtureArticles, articleD]);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const roles = async (name: string) => {
    const rows = await database.db
      .selectFrom("actor_roles as r")
      .innerJoin("actors as a", "a.id", "r.actor_id")
      .select(["r.role", "r.n"])
      .where("a.name", "=", name)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
  };

  it("hold what grouping the rows gives after ingest", async () => {
    const sizes = await expectKept(database.db);
    expect(sizes.accusation_pairs).toBeGreaterThan(0);
    expect(sizes.actor_alias_counts).toBeGreaterThan(0);
    // Joe Biden: a speaker in A; in D accused, a response's target and, as "Biden" (folded into him), a denier.
    expect(await roles("Joe Biden")).toEqual({ SPEAKER: 1, ACCUSED: 1, RESPONSE_TARGET: 1, DENIER: 1 });
  });

  it("follow a re-ingest that changes an article's items, and one that changes them back", async () => {
    const changed = { ...articleB, accusations: [], claims: articleB.claims.slice(0, 1) };
    const [outcome] = await storeAll(database, [changed]);
    expect(outcome?.ok && outcome.status).toBe("UPDATED");
    await expectKept(database.db);
    expect((await roles("United States")).ACCUSER).toBe(1);
    await storeAll(database, [articleB]);
    await expectKept(database.db);
    expect((await roles("United States")).ACCUSER).toBe(2);
  });

  it("follow deleteArticle, down to dropping a pair whose last accusation went", async () => {
    const [stored] = await storeAll(database, [
      { ...articleD, url: "https://example.test/d2", text: `${articleD.text} ` },
    ]);
    const id = stored?.ok ? stored.id : "";
    const pairs = async () =>
      Number((await sql<{ n: number }>`select max(n) as n from accusation_pairs`.execute(database.db)).rows[0]?.n);
    expect(await pairs()).toBe(2);
    await database.db.transaction().execute((trx) => deleteArticle(trx, id));
    await expectKept(database.db);
    expect(await pairs()).toBe(2); // United States → Russia (A and B); Kremlin → Joe Biden is back to one
  });

  it("follow an operator's merge of two actors: items, targets and aliases move", async () => {
    const key = async (name: string) =>
      (await database.db.selectFrom("actors").select("key").where("name", "=", name).executeTakeFirstOrThrow()).key;
    const [kremlin, russia] = [await key("Kremlin"), await key("Russia")];
    await database.db.transaction().execute((trx) => mergeActorKeys(trx, kremlin, russia, "manual"));
    await expectKept(database.db);
    expect(await roles("Kremlin")).toEqual({});
    expect((await roles("Russia")).ACCUSER).toBe(1);
  });

  it("follow an accusation deleted on its own, its targets going by cascade", async () => {
    const one = await database.db
      .selectFrom("accusations as i")
      .innerJoin("accusation_targets as t", "t.item_id", "i.id")
      .select("i.id")
      .orderBy("i.id")
      .executeTakeFirstOrThrow();
    const before = await expectKept(database.db);
    await database.db.deleteFrom("accusations").where("id", "=", one.id).execute();
    const after = await expectKept(database.db);
    expect(after.actor_roles).toBeLessThanOrEqual(before.actor_roles ?? 0);
  });

  it("are filled from the existing rows when an older database is migrated", async () => {
    const older = await testDb.open(undefined, "006-actor-page-indexes");
    try {
      await storeAll(older, [...fixtureArticles, articleD]);
      await migrateToLatest(older.db, older.schema);
      const sizes = await expectKept(older.db);
      expect(sizes.accusation_pairs).toBeGreaterThan(0);
      // And the API answers from them as from rows grouped on the fly.
      const client = await serve(older);
      try {
        const { topActors } = await client.data<{ topActors: { count: number; actor: { name: string } }[] }>(
          "{ topActors(role: ACCUSER, limit: 2) { count actor { name } } }",
        );
        expect(topActors.map((t) => [t.actor.name, t.count])).toEqual([
          ["United States", 2],
          ["Kremlin", 1],
        ]);
      } finally {
        await client.api.close();
      }
    } finally {
      await older.drop();
    }
  });
});
