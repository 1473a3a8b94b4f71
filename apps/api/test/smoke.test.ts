import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../src/start-api.js";

describe("startApi", () => {
  let api: RunningApi;
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-api-"));
  beforeAll(async () => {
    api = await startApi({ port: 0, databaseUrl: `file:${join(dir, "t.db")}`, token: null });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves GraphQL over HTTP on 127.0.0.1 and ingests an article", async () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const post = (query: string, variables = {}) =>
      fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const ingest = await post(
      `mutation($t: String!) { ingestArticle(input: { text: $t }) { __typename ... on IngestArticleSuccess { status article { id text } } } }`,
      { t: "Officials said the talks would resume on Monday." },
    );
    expect(ingest.data.ingestArticle.status).toBe("STORED");
    const stats = await post("{ corpusStats { articles } }");
    expect(stats.data.corpusStats.articles).toBe(1);
  });

  it("serves GraphiQL from the package, with nothing loaded from another host", async () => {
    const page = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/(src|href)=["']?https?:\/\//);
  });
});
