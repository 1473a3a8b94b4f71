import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArticle } from "./helpers/build-article.js";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";

// Forty articles of the same shape: a minister of a country accuses another country.
const articles = Array.from({ length: 40 }, (_, i) =>
  buildArticle({
    url: `https://example.test/batch/${i}`,
    publishedAt: `2021-01-${String((i % 28) + 1).padStart(2, "0")}`,
    source: "Wire",
    text: `Minister Alpha${i} said Country${i} was attacked. Country${i} accused Land${i} of the attack.`,
    actors: [
      { id: "p", name: `Minister Alpha${i}`, kind: "person", affiliation: "c" },
      { id: "c", name: `Country${i}`, kind: "country", code: `C${String(i).padStart(2, "0")}` },
      { id: "l", name: `Land${i}`, kind: "country", code: `L${String(i).padStart(2, "0")}` },
    ],
    claims: [{ id: "q", speaker: "p", cue: "said", content: `Country${i} was attacked` }],
    accusations: [{ id: "x", accuser: "c", accused: ["l"], evidence: `Country${i} accused Land${i} of the attack.` }],
  }),
);

describe.each(testDatabases())("dataloaders on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let client: Awaited<ReturnType<typeof serve>>;
  let queries = 0;
  beforeAll(async () => {
    database = await testDb.open(() => {
      queries++;
    });
    await storeAll(database, articles);
    client = await serve(database);
  });
  afterAll(async () => {
    await client?.api.close();
    await database?.drop();
  });

  it("a page of 40 costs about as many queries as a page of 2 (no N+1)", async () => {
    const q = (n: number) =>
      `{ claims(first: ${n}) { edges { node { speaker { name aliases title affiliation { name } counts { claims } } article { title actors { actor { name } } } evidence { article { id } } } } }
         accusations(first: ${n}) { edges { node { accuser { name } accused { name } denials { id } responses { id } } } } }`;
    queries = 0;
    const small = await client.data<{ claims: { edges: unknown[] } }>(q(2));
    const few = queries;
    queries = 0;
    const big = await client.data<{ claims: { edges: unknown[] } }>(q(40));
    expect(small.claims.edges).toHaveLength(2);
    expect(big.claims.edges).toHaveLength(40);
    // Batches can split when rows arrive at different moments (PostgreSQL), so allow some slack;
    // one query an item would cost 40 or more per nested field.
    expect(queries).toBeLessThan(Math.max(2 * few, few + 10));
    expect(queries).toBeLessThan(40);
  });
});
