import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

const ingest = `mutation($t: String!) { ingestArticle(input: { text: $t }) { __typename } }`;

describe.each(testDatabases())("auth and bad requests on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let client: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, fixtureArticles);
    client = await serve(database, "s3cret");
  });
  afterAll(async () => {
    await client?.api.close();
    await database?.drop();
  });

  const stillServes = async () => {
    const ok = await client.data<{ corpusStats: { articles: number } }>("{ corpusStats { articles } }");
    expect(ok.corpusStats.articles).toBeGreaterThanOrEqual(3);
  };

  it("with a token, mutations need the bearer header; queries do not", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong" }, { authorization: "s3cret" }];
    for (const headers of attempts) {
      const r = await client.post(ingest, { t: "The mayor said the bridge would reopen." }, headers);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(r.data?.ingestArticle ?? null).toBeNull();
    }
    const del = await client.post(`mutation { deleteArticle(id: "art_0000000000000000") { deleted } }`);
    expect(del.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const ok = await client.post(
      ingest,
      { t: "The mayor said the bridge would reopen." },
      { authorization: "Bearer s3cret" },
    );
    expect(ok.data).toEqual({ ingestArticle: { __typename: "IngestArticleSuccess" } });
    await stillServes();
  });

  it("answers malformed JSON, unknown fields and invalid ids with GraphQL errors", async () => {
    const raw = await fetch(client.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ query: ",
    });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    const unknown = await client.post("{ articles { edges { node { nope } } } }");
    expect(unknown.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const syntax = await client.post("{ articles { ");
    expect(syntax.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const badId = await client.post(`{ claim(id: "clm_not-hex") { id } }`);
    expect(badId.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    const wrongType = await client.post(`{ accusation(id: "clm_0000000000000000") { id } }`);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    await stillServes();
  });

  it("refuses a query nested 50 deep, 1,000 aliases, and a 10 MB variable", async () => {
    let deep = "id";
    for (let i = 0; i < 25; i++) deep = `affiliation { articles { edges { node { actors { actor { ${deep} } } } } } }`;
    const depth = await client.post(`{ actors { edges { node { ${deep} } } } }`);
    expect(depth.errors?.[0]?.message).toMatch(/depth/i);
    expect(depth.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");

    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: corpusStats { articles }`).join(" ");
    const many = await client.post(`{ ${aliases} }`);
    expect(many.errors?.[0]?.message).toMatch(/alias/i);
    expect(many.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ALIASES");

    const costly = await client.post(
      "{ actors(first: 100) { edges { node { articles(first: 100) { edges { node { claims { speaker { name } } } } } } } } }",
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");

    const huge = await client.post(ingest, { t: "x".repeat(10 * 1024 * 1024) }, { authorization: "Bearer s3cret" });
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    await stillServes();
  });

  it("counts a body sent without a Content-Length (chunked) and refuses it past the limit", async () => {
    // Written in chunks of 1 MB on a connection of its own (the server drops one whose body it
    // refuses mid-way), so Node sends it chunked, with no Content-Length to refuse it by.
    const chunked = (json: string) =>
      new Promise<{ status: number; data?: unknown; errors?: { extensions?: { code?: string } }[] }>((done, fail) => {
        const req = request(client.api.url, {
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json", authorization: "Bearer s3cret" },
        });
        req.on("error", fail);
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            text += chunk;
          });
          res.on("end", () => done({ status: res.statusCode ?? 0, ...JSON.parse(text) }));
        });
        for (let at = 0; at < json.length; at += 1 << 20) req.write(json.slice(at, at + (1 << 20)));
        req.end();
      });
    const small = await chunked(JSON.stringify({ query: "{ corpusStats { articles } }" }));
    expect(small.status).toBe(200);
    expect(small.data).toEqual({ corpusStats: { articles: expect.any(Number) } });
    const huge = await chunked(JSON.stringify({ query: ingest, variables: { t: "x".repeat(10 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    await stillServes();
  });

  it("masks unexpected errors", async () => {
    // A dangling actor reference is a bug, not the client's fault: the message must not leak internals.
    await database.db.updateTable("claims").set({ speaker_id: "act_ffffffffffffffff" }).execute();
    // Three times: a document is interpreted on its first run and compiled from its second.
    for (let run = 0; run < 3; run++) {
      const r = await client.post("{ claims { edges { node { speaker { name } } } } }");
      expect(r.errors?.[0]?.message).toBe("Unexpected error.");
      expect(JSON.stringify(r.errors)).not.toMatch(/act_ffff/);
    }
    await stillServes();
  });
});
