import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorTotalOf } from "../src/queries/actor-totals.js";
import { listArticles } from "../src/queries/article-queries.js";
import type { ItemTable } from "../src/queries/filters.js";
import { countItems, listItems } from "../src/queries/item-queries.js";
import { createLoaders } from "../src/queries/loaders.js";
import type { PageArgs } from "../src/queries/paginate.js";
import { buildArticle } from "./helpers/build-article.js";
import { storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { articleA, fixtureArticles } from "./helpers/fixtures.js";

// The shortcuts the actor page takes (an actor's totals from its counts, the articles
// walked newest first for a busy actor, ordering by the raw column) must give what
// the plain queries give, on both databases, undated rows and paging included.
const undated = [1, 2, 3].map((n) =>
  buildArticle({
    url: `https://example.test/undated-${n}`,
    publishedAt: null,
    source: "Wire",
    title: `Undated ${n}`,
    text: `${"Russia recalled its ambassador again. ".repeat(n)}The United States accused Russia of meddling.`,
    actors: [
      { id: "a1", name: "Russia", kind: "country", code: "RUS" },
      { id: "a2", name: "United States", kind: "country", code: "USA" },
    ],
    accusations: [
      { id: "x1", accuser: "a2", accused: ["a1"], evidence: "The United States accused Russia of meddling." },
    ],
  }),
);

describe.each(testDatabases())("list plans on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let actors: string[] = [];

  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, [...fixtureArticles, ...undated, { ...articleA, url: "https://example.test/a2" }]);
    actors = (await database.db.selectFrom("actors").select("id").orderBy("id").execute()).map((r) => r.id);
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Every id, one page at a time, forward and then backward. */
  async function walk(list: (args: PageArgs) => Promise<{ edges: { cursor: string; node: { id: string } }[] }>) {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ first: 2, after });
      forward.push(...page.edges.map((e) => e.node.id));
      if (page.edges.length < 2) break;
      after = page.edges[page.edges.length - 1]?.cursor ?? null;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page = await list({ last: 2, before });
      backward.unshift(...page.edges.map((e) => e.node.id));
      if (page.edges.length < 2) break;
      before = page.edges[0]?.cursor ?? null;
    }
    return { forward, backward };
  }

  it("walks an actor's articles in the same order with either plan, undated ones last", async () => {
    const { db } = database;
    const rows = await db.selectFrom("articles").select(["id", "published_at"]).execute();
    const published = new Map(rows.map((r) => [r.id, r.published_at ?? ""]));
    let checked = 0;
    for (const actor of actors) {
      const sparse = await walk((args) => listArticles(db, { actor }, args));
      const dense = await walk((args) => listArticles(db, { actor }, args, { denseActor: true }));
      expect(dense).toEqual(sparse);
      expect(sparse.backward).toEqual(sparse.forward);
      const expected = [...sparse.forward].sort(
        (a, b) => (published.get(b) ?? "").localeCompare(published.get(a) ?? "") || (b < a ? -1 : 1),
      );
      expect(sparse.forward).toEqual(expected);
      if (sparse.forward.some((id) => !published.get(id)) && sparse.forward.some((id) => published.get(id))) checked++;
    }
    // Some actor is in both dated and undated articles, so the null ordering was exercised.
    expect(checked).toBeGreaterThan(0);
  });

  it("gives a lone actor's item lists the totals a COUNT gives", async () => {
    const loaders = createLoaders(database.db);
    const tables: ItemTable[] = ["claims", "accusations", "denials", "responses"];
    let nonzero = 0;
    for (const actor of actors) {
      for (const table of tables) {
        for (const filter of [{ actor }, { counterpart: actor }]) {
          const of = actorTotalOf(table, filter);
          if (!of) continue;
          const counted = await countItems(database.db, table, filter);
          expect([table, filter, (await loaders.actorCounts.load(of.actor))[of.field]]).toEqual([
            table,
            filter,
            counted,
          ]);
          if (counted > 0) nonzero++;
        }
      }
      const articles = await listArticles(database.db, { actor }, { first: 1 });
      expect((await loaders.actorCounts.load(actor)).articles).toBe(await articles.totalCount());
    }
    expect(nonzero).toBeGreaterThan(5);
    // Any other condition means the list's own COUNT.
    expect(actorTotalOf("claims", { actor: "x", from: "2021" })).toBeNull();
    expect(actorTotalOf("claims", { counterpart: "x" })).toBeNull();
    expect(actorTotalOf("accusations", { actor: "x", counterpart: "y" })).toBeNull();
  });

  it("orders items by day, undated last, the same forward and backward", async () => {
    for (const table of ["claims", "accusations", "responses"] as const) {
      const ids = await walk((args) => listItems(database.db, table, {}, args));
      expect(ids.backward).toEqual(ids.forward);
      const rows = await database.db
        .selectFrom(table as "claims")
        .select(["id", "day"])
        .execute();
      const day = new Map(rows.map((r) => [r.id, r.day ?? ""]));
      const expected = [...ids.forward].sort(
        (a, b) => (day.get(b) ?? "").localeCompare(day.get(a) ?? "") || (b < a ? -1 : 1),
      );
      expect(ids.forward).toEqual(expected);
      expect(ids.forward.length).toBe(rows.length);
    }
  });
});
