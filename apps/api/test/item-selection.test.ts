import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@newsgraph/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../src/start-api.js";
import { storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

// Item lists read only the columns their selection shows (src/schema/item-columns.ts) and
// load the page's actors, articles and targets up front (src/schema/pages.ts). Each field,
// asked alone in a list, must answer as it does for the same item read whole by id.
const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds/wikinews");
const seedArticles = readdirSync(seeds)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .slice(0, 30)
  .map((f) => {
    const record = JSON.parse(readFileSync(join(seeds, f), "utf8"));
    return { ...parseArticle({ kind: "record", record }, { name: f }), url: record.url as string };
  });

const passage = "{ start end text }";
const common = [
  "id",
  "date",
  "article { id title publishedAt }",
  `evidence { start end text sentence ${passage} article { id source } }`,
  "evidence { text }",
  "evidence { sentence { text } }",
];
const fields: Record<string, { list: string; one: string; fields: string[] }> = {
  claims: {
    list: "claims",
    one: "claim",
    fields: [
      ...common,
      "kind",
      "speaker { id name kind }",
      `source ${passage}`,
      `cue ${passage}`,
      `content ${passage}`,
    ],
  },
  accusations: {
    list: "accusations",
    one: "accusation",
    fields: [
      ...common,
      "accuser { id name }",
      "accused { id name }",
      `allegation ${passage}`,
      "category",
      "resolvedDate",
      "denials { id }",
      "responses { id }",
    ],
  },
  denials: {
    list: "denials",
    one: "denial",
    fields: [...common, "denier { id name }", `denied ${passage}`, "respondsTo { id accuser { name } }"],
  },
  responses: {
    list: "responses",
    one: "response",
    fields: [
      ...common,
      "actor { id name }",
      "targets { id name }",
      "type",
      "cameo",
      "plover",
      "modality",
      "resolvedDate",
      `dateText ${passage}`,
      "respondsTo { __typename ... on Accusation { id } ... on Response { id type } ... on Denial { id } ... on Claim { id } }",
    ],
  },
};

describe.each(testDatabases())("item lists' selected columns on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let api: RunningApi;
  let statements: string[] = [];
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const r = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const out = (await r.json()) as { data: T; errors?: unknown[] };
    if (out.errors) throw new Error(`GraphQL errors: ${JSON.stringify(out.errors)}`);
    return out.data;
  };

  beforeAll(async () => {
    database = await testDb.open((sql) => statements.push(sql));
    await storeAll(database, [...fixtureArticles, ...seedArticles]);
    // No response cache: every request runs its statements.
    api = await startApi({ port: 0, database, token: null, responseCache: false });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it.each(Object.entries(fields))("answers each %s field in a list as for the whole item", async (_table, t) => {
    const ids = (
      await data<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ ${t.list}(first: 25) { edges { node { id } } } }`,
      )
    )[t.list]?.edges.map((e) => e.node.id);
    expect(ids?.length).toBeGreaterThan(3);
    for (const field of t.fields) {
      // Twice: interpreted, then compiled by graphql-jit.
      for (let run = 0; run < 2; run++) {
        const list = await data<Record<string, { edges: { node: unknown }[] }>>(
          `{ ${t.list}(first: 25) { edges { node { ${field} } } } }`,
        );
        const whole = await data<Record<string, unknown>>(
          `{ ${(ids ?? []).map((id, i) => `i${i}: ${t.one}(id: "${id}") { ${field} }`).join(" ")} }`,
        );
        expect(
          list[t.list]?.edges.map((e) => e.node),
          field,
        ).toEqual((ids ?? []).map((_id, i) => whole[`i${i}`]));
      }
    }
  });

  // The network reads its ends' columns its selection shows (src/schema/actor-columns.ts).
  it.each([
    "id",
    "key",
    "name",
    "kind",
    "code",
    "title",
    "aliases",
    "counts { claims }",
  ])("answers the network's ends' %s as for the actor read by id", async (field) => {
    for (let run = 0; run < 2; run++) {
      const { accusationNetwork } = await data<{
        accusationNetwork: {
          nodes: Record<string, unknown>[];
          edges: { accuser: Record<string, unknown>; accused: Record<string, unknown> }[];
        };
      }>(
        `{ accusationNetwork(limit: 30) { nodes { id ${field} } edges { accuser { id ${field} } accused { id ${field} } } } }`,
      );
      const ends = [...accusationNetwork.nodes, ...accusationNetwork.edges.flatMap((e) => [e.accuser, e.accused])];
      expect(ends.length).toBeGreaterThan(10);
      const ids = [...new Set(ends.map((a) => a.id as string))];
      const whole = await data<Record<string, Record<string, unknown>>>(
        `{ ${ids.map((id, i) => `a${i}: actor(id: "${id}") { id ${field} }`).join(" ")} }`,
      );
      const byId = new Map(ids.map((id, i) => [id, whole[`a${i}`]]));
      for (const a of ends) expect(a, field).toEqual(byId.get(a.id as string));
    }
  });

  it("reads only the columns the network's ends show", async () => {
    const query = "{ accusationNetwork(limit: 30) { nodes { id name } edges { accuser { kind } accused { id } } } }";
    await data(query);
    statements = [];
    await data(query);
    const ends = statements.filter((s) => /from "?actors"? where "?id"? in/.test(s));
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatch(/^select "id", "kind", "name" from/);
  });

  it("links an item to its article by id without reading the article", async () => {
    for (const list of Object.values(fields).map((t) => t.list)) {
      const linked = `{ ${list}(first: 25) { edges { node { id article { id } evidence { article { __typename id } } } } } }`;
      const read = await data<Record<string, { edges: { node: { article: { id: string; title: string | null } } }[] }>>(
        `{ ${list}(first: 25) { edges { node { id article { id title } } } } }`,
      );
      statements = [];
      const links =
        await data<
          Record<string, { edges: { node: { article: { id: string }; evidence: { article: { id: string } } } }[] }>
        >(linked);
      expect(
        statements.filter((s) => /from "?articles"?/.test(s)),
        list,
      ).toEqual([]);
      const ids = read[list]?.edges.map((e) => e.node.article.id);
      expect(ids?.length, list).toBeGreaterThan(0);
      expect(links[list]?.edges.map((e) => e.node.article.id)).toEqual(ids);
      expect(links[list]?.edges.map((e) => e.node.evidence.article)).toEqual(
        ids?.map((id) => ({ __typename: "Article", id })),
      );
    }
  });

  it("reads only the shown columns, and each related table once for every list of a request", async () => {
    const actor = (
      await data<{ topActors: { actor: { id: string } }[] }>(
        "{ topActors(role: RESPONDER, limit: 1) { actor { id } } }",
      )
    ).topActors[0]?.actor.id;
    const query = `query($a: ID!) {
      claims(filter: { actor: $a }, first: 5) { edges { node { id speaker { name } article { title } } } }
      responses(filter: { actor: $a }, first: 5) { edges { node { id actor { name } targets { name } article { title } } } }
    }`;
    await data(query, { a: actor });
    statements = [];
    await data(query, { a: actor });
    const lists = statements.filter((s) => /from "?(claims|responses)"? as "?i"?/.test(s));
    expect(lists).toHaveLength(2);
    for (const s of lists) expect(s).not.toMatch(/sentence_text|evidence_text|"i"\.\*/);
    // One statement each for the actors (the items' own, then their targets'), articles and targets.
    expect(statements.filter((s) => /from "?articles"? where "?id"? in/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /from "?response_targets"? where "?item_id"? in/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /from "?actors"? where "?id"? in/.test(s)).length).toBeLessThanOrEqual(2);
  });
});
