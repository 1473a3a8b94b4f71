import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../src/start-api.js";
import { storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

// corpusStats counts only the totals a query selects (src/schema/selection.ts): every way of
// selecting them must give the full answer's values, interpreted and compiled alike.
const all = "articles actors mentions claims accusations denials responses firstPublished lastPublished";

describe.each(testDatabases())("corpusStats on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let api: RunningApi;
  let statements: string[] = [];
  const post = async (query: string) => {
    const r = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return (await r.json()) as { data?: { corpusStats: Record<string, unknown> }; errors?: unknown[] };
  };
  // Twice: the first run is interpreted, the second compiled by graphql-jit (no response cache here).
  const stats = async (query: string) => {
    const first = await post(query);
    statements = [];
    const second = await post(query);
    expect(second).toEqual(first);
    expect(first.errors).toBeUndefined();
    return first.data?.corpusStats ?? {};
  };

  beforeAll(async () => {
    database = await testDb.open((sql) => statements.push(sql));
    await storeAll(database, fixtureArticles);
    api = await startApi({ port: 0, database, token: null, responseCache: false });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it("gives each total the same value however it is selected", async () => {
    const full = await stats(`{ corpusStats { ${all} } }`);
    expect(full).toMatchObject({ articles: fixtureArticles.length });
    expect(Object.values(full).every((v) => v !== null && v !== undefined)).toBe(true);
    expect(await stats("{ corpusStats { claims } }")).toEqual({ claims: full.claims });
    expect(await stats("{ corpusStats { lastPublished n: denials } }")).toEqual({
      lastPublished: full.lastPublished,
      n: full.denials,
    });
    // Through a named fragment, an inline fragment, and a field under @skip(if: false).
    expect(
      await stats(`{ corpusStats { ...F ... on CorpusStats { responses } mentions @skip(if: false) } }
        fragment F on CorpusStats { actors firstPublished }`),
    ).toEqual({
      actors: full.actors,
      firstPublished: full.firstPublished,
      responses: full.responses,
      mentions: full.mentions,
    });
    // Skipped by a variable's directive: counted anyway (never fewer totals than the fields that run).
    expect(await stats("{ corpusStats { articles accusations @include(if: false) } }")).toEqual({
      articles: full.articles,
    });
  });

  it("counts only the tables the query asks for, and sources only when asked", async () => {
    await stats("{ corpusStats { articles claims } }");
    const counted = statements.join("\n");
    expect(counted).toMatch(/count\(\*\) from "?claims"?/);
    expect(counted).not.toMatch(/from "?mentions"?/);
    expect(counted).not.toMatch(/group by "?source"?/);

    const { sources } = (await stats("{ corpusStats { sources { source count } } }")) as {
      sources: { source: string; count: number }[];
    };
    expect(sources.reduce((n, s) => n + s.count, 0)).toBe(fixtureArticles.length);
    expect(statements.join("\n")).not.toMatch(/count\(\*\) from "?articles"?\)/);
  });
});
