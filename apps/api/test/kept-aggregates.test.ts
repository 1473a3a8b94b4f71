import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeActorSummaries } from "../src/db/actor-summaries.js";
import { bumpGeneration } from "../src/db/generation.js";
import { recomputed } from "../src/db/kept-aggregates.js";
import { migrateToLatest } from "../src/db/migrate.js";
import type { Database } from "../src/db/tables.js";
import { mergeActorKeys } from "../src/identity/merge-actors.js";
import { deleteArticle } from "../src/ingest/store-article.js";
import { buildYoga } from "../src/yoga.js";
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
  sizes.actor_summaries = await expectSummaries(db);
  return sizes;
}

/**
 * After the app's own writes no actor is stale, and every actor's kept summary is what its
 * rows give now; returns how many actors have one.
 */
async function expectSummaries(db: Kysely<Database>): Promise<number> {
  expect(await db.selectFrom("actor_summary_stale").select("actor_id").execute()).toEqual([]);
  const ids = (await db.selectFrom("actors").select("id").execute()).map((r) => r.id);
  const fresh = await computeActorSummaries(db, ids);
  const kept = await db.selectFrom("actor_summaries").selectAll().where("actor_id", "in", ids).execute();
  const asKept = Object.fromEntries(
    kept.map((r) => [
      r.actor_id,
      {
        articles: Number(r.articles),
        mentions: Number(r.mentions),
        title: r.title,
        affiliation: r.affiliation_id,
        aliases: JSON.parse(r.aliases),
      },
    ]),
  );
  expect(asKept).toEqual(Object.fromEntries(fresh));
  expect(kept.length).toBe(ids.length);
  return kept.length;
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
    expect(sizes.actor_summaries).toBeGreaterThan(0);
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

  it("answer an actor's header from its rows when they changed outside the app's writes", async () => {
    // No response cache: an operator's SQL does not mark the data changed.
    const yoga = buildYoga({ database, responseCache: false, token: null });
    const header = async () => {
      const response = await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            '{ actors(filter: { search: "Joe Biden" }, first: 1) { edges { node { id title counts { mentions } } } } }',
        }),
      });
      const body = (await response.json()) as {
        data: { actors: { edges: { node: { id: string; title: string | null; counts: { mentions: number } } }[] } };
      };
      return body.data.actors.edges[0]?.node;
    };
    const before = await header();
    expect(before).toBeDefined();
    // An operator's SQL: no app write path, so nothing recomputes the summary, which is now stale.
    const rows = await database.db
      .updateTable("article_actors")
      .set({ title: "invented title", mention_count: sql`mention_count + 5` })
      .where("actor_id", "=", before?.id ?? "")
      .executeTakeFirst();
    expect(Number(rows.numUpdatedRows)).toBeGreaterThan(0);
    expect(await header()).toEqual({
      ...before,
      title: "invented title",
      counts: { mentions: (before?.counts.mentions ?? 0) + 5 * Number(rows.numUpdatedRows) },
    });
    // The next write of the app brings the kept row up to date.
    await database.db.transaction().execute((trx) => bumpGeneration(trx));
    await expectSummaries(database.db);
    expect((await header())?.title).toBe("invented title");
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
