import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYoga } from "../src/yoga.js";
import { storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

// A document runs interpreted the first time and compiled (graphql-jit) from the second:
// both must answer alike, errors and their codes included.
describe.each(testDatabases())("compiled documents on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, fixtureArticles);
    yoga = buildYoga({ database, responseCache: false, token: null });
  });
  afterAll(async () => {
    await database?.drop();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return { status: r.status, body: (await r.json()) as { data?: unknown; errors?: unknown[] } };
  };

  it("answers the same on every run of a document", async () => {
    const actorId = (
      (await post("{ actors(first: 1) { edges { node { id } } } }")).body.data as never as {
        actors: { edges: { node: { id: string } }[] };
      }
    ).actors.edges[0]?.node.id;
    expect(actorId).toMatch(/^act_/);
    const documents: [string, Record<string, unknown>][] = [
      [
        `query($id: ID!) { actor(id: $id) { id name kind aliases counts { articles claims accusationsMade }
           articles(first: 2) { totalCount edges { cursor node { id title publishedAt } } } }
         accusations(filter: { counterpart: $id }, first: 5) { totalCount edges { node { id date category
           accuser { name } accused { name } evidence { text sentence { text } } article { title } } } } }`,
        { id: actorId },
      ],
      [
        `{ articles { edges { node { id authors paragraphs { start end text } mentions { start end text actor { id } }
           responses { id type modality targets { name } respondsTo { __typename ... on Accusation { id } } }
           claims { kind speaker { name } content { text } source { text } } denials { respondsTo { id } } } } } }`,
        {},
      ],
      [
        `query($bucket: TimeBucket) { responsesTimeline(bucket: $bucket) { period type count }
           accusationNetwork(limit: 5) { nodes { id name } edges { count accuser { id } accused { id } } }
           corpusStats { articles actors claims firstPublished lastPublished sources { source count } } }`,
        { bucket: "DAY" },
      ],
      // Expected failures keep their codes.
      [`{ actor(id: "not-an-id") { id } }`, {}],
      [`{ claims(first: -1) { totalCount } }`, {}],
      [`query($b: TimeBucket) { responsesTimeline(bucket: $b) { count } }`, { b: "WEEK" }],
    ];
    for (const [query, variables] of documents) {
      const first = await post(query, variables);
      for (let run = 0; run < 2; run++) expect(await post(query, variables)).toEqual(first);
    }
    const invalid = await post(`{ actor(id: "not-an-id") { id } }`);
    expect(JSON.stringify(invalid.body.errors)).toMatch(/INVALID_ID/);
  });
});
