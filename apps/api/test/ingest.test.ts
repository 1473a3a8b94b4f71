import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeActorKeys } from "../src/identity/merge-actors.js";
import { buildArticle } from "./helpers/build-article.js";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { articleA, articleB, articleC, fixtureArticles } from "./helpers/fixtures.js";

const ingestMutation = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticleSuccess { status article { id url title text } }
    ... on IngestArticleError { code message }
  }
}`;

describe.each(testDatabases())("ingest on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let client: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    database = await testDb.open();
    client = await serve(database);
  });
  afterAll(async () => {
    await client?.api.close();
    await database?.drop();
  });

  const counts = () =>
    client.data<{ corpusStats: { articles: number; actors: number; claims: number } & Record<string, number> }>(
      "{ corpusStats { articles actors mentions claims accusations denials responses } }",
    );

  it("stores new articles and leaves repeats unchanged (same URL, or same text)", async () => {
    const first = await storeAll(database, fixtureArticles);
    expect(first.map((o) => o.ok && o.status)).toEqual(["STORED", "STORED", "STORED"]);
    const before = await counts();
    const again = await storeAll(database, fixtureArticles);
    expect(again.map((o) => o.ok && o.status)).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    // The same text under another URL is still the same article.
    const moved = await storeAll(database, [{ ...articleA, url: "https://mirror.test/a" }]);
    expect(moved[0]?.ok && moved[0].status).toBe("UNCHANGED");
    expect(await counts()).toEqual(before);
    expect(before.corpusStats).toMatchObject({ articles: 3, claims: 3, accusations: 3, denials: 1, responses: 4 });
  });

  it("merges actors across articles: country codes, person names, acronyms", async () => {
    const { actors } = await client.data<{
      actors: { totalCount: number; edges: { node: { name: string; key: string; aliases: string[] } }[] };
    }>("{ actors(first: 50) { totalCount edges { node { name key aliases } } } }");
    const keys = actors.edges.map((e) => e.node.key).sort();
    // Russia / Russian Federation / Moscow; United States / U.S. / Washington; Putin with and without "Mr.";
    // and C's "North Atlantic Treaty Organization" folded into NATO once B gave the acronym.
    expect(keys).toEqual(["code:RUS", "code:USA", "org:nato", "person:joe biden", "person:vladimir putin"]);
    const russia = actors.edges.find((e) => e.node.key === "code:RUS")?.node;
    expect(russia?.aliases).toEqual(expect.arrayContaining(["Russia", "Moscow", "Russian Federation"]));
    const nato = await client.data<{
      actors: { edges: { node: { counts: { articles: number; accusationsMade: number } } }[] };
    }>(`{ actors(filter: { search: "treaty" }) { edges { node { counts { articles accusationsMade } } } } }`);
    expect(nato.actors.edges.map((e) => e.node.counts)).toEqual([{ articles: 2, accusationsMade: 1 }]);
  });

  it("re-ingest after a parse change replaces the article's items in place", async () => {
    const changed = {
      ...articleB,
      claims: articleB.claims.slice(0, 1),
      responses: articleB.responses.map((r) => ({ ...r, modality: "announced" as const })),
    };
    const [outcome] = await storeAll(database, [changed]);
    expect(outcome?.ok && outcome.status).toBe("UPDATED");
    const { corpusStats } = await counts();
    expect(corpusStats).toMatchObject({ articles: 3, claims: 2, responses: 4 });
    const r = await client.data<{ responses: { edges: { node: { modality: string } }[] } }>(
      `{ responses(filter: { source: "Wikinews" }) { edges { node { modality } } } }`,
    );
    expect(r.responses.edges.map((e) => e.node.modality)).toEqual(["announced", "announced"]);
    await storeAll(database, [articleB]);
    // The targets' copy of their item's day (what a received list is ordered by) followed the re-ingest.
    for (const [targets, items] of [
      ["accusation_targets", "accusations"],
      ["response_targets", "responses"],
    ] as const) {
      const rows = await database.db
        .selectFrom(`${targets} as t` as "accusation_targets as t")
        .innerJoin(`${items} as i` as "accusations as i", "i.id", "t.item_id")
        .select(["t.day as copy", "i.day as day"])
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.copy)).toEqual(rows.map((r) => r.day));
    }
  });

  it("ingests through the mutation with the real parser: text, record, and typed errors", async () => {
    const text = "Ministers said on Tuesday that the talks would resume next week.";
    const a = await client.data<{ ingestArticle: { status: string; article: { id: string; text: string } } }>(
      ingestMutation,
      { input: { text } },
    );
    expect(a.ingestArticle.status).toBe("STORED");
    expect(a.ingestArticle.article.text).toContain("talks would resume");
    const again = await client.data<{ ingestArticle: { status: string; article: { id: string } } }>(ingestMutation, {
      input: { text },
    });
    expect(again.ingestArticle).toMatchObject({ status: "UNCHANGED", article: { id: a.ingestArticle.article.id } });

    const record = {
      url: "https://example.test/record",
      title: "A record",
      publishedAt: "2021-05-01",
      text: "The council met on Monday and agreed a budget.",
    };
    const r1 = await client.data<{ ingestArticle: { status: string; article: { url: string; title: string } } }>(
      ingestMutation,
      { input: { record } },
    );
    expect(r1.ingestArticle).toMatchObject({ status: "STORED", article: { url: record.url, title: record.title } });
    const r2 = await client.data<{ ingestArticle: { status: string } }>(ingestMutation, { input: { record } });
    expect(r2.ingestArticle.status).toBe("UNCHANGED");

    const empty = await client.data<{ ingestArticle: { __typename: string; code: string } }>(ingestMutation, {
      input: { text: "   " },
    });
    expect(empty.ingestArticle).toMatchObject({ __typename: "IngestArticleError", code: "EMPTY" });
    const both = await client.data<{ ingestArticle: { code: string } }>(ingestMutation, {
      input: { text: "x", html: "<p>x</p>" },
    });
    expect(both.ingestArticle.code).toBe("INVALID_INPUT");
  });

  it("deletes an article, its items and the actors only it named", async () => {
    const only = buildArticle({
      url: "https://example.test/only",
      publishedAt: "2021-06-01",
      source: "Wire",
      text: "Zanzibar Tourism Board said visitors were returning.",
      actors: [{ id: "z", name: "Zanzibar Tourism Board", kind: "organization" }],
      claims: [{ id: "q", speaker: "z", cue: "said", content: "visitors were returning" }],
    });
    const [stored] = await storeAll(database, [only]);
    const id = stored?.ok ? stored.id : "";
    const before = await counts();
    const del = `mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }`;
    expect((await client.data<{ deleteArticle: unknown }>(del, { id })).deleteArticle).toEqual({ id, deleted: true });
    const after = await counts();
    expect(after.corpusStats.articles).toBe(before.corpusStats.articles - 1);
    expect(after.corpusStats.claims).toBe(before.corpusStats.claims - 1);
    expect(after.corpusStats.actors).toBe(before.corpusStats.actors - 1);
    expect(
      (await client.data<{ article: unknown }>(`query($id: ID!) { article(id: $id) { id } }`, { id })).article,
    ).toBeNull();
    expect((await client.data<{ deleteArticle: unknown }>(del, { id })).deleteArticle).toEqual({ id, deleted: false });
  });

  it("an article stored without a URL keeps its id when it returns with one and a new parse", async () => {
    const text = "Atlantis accused Lemuria of piracy. Lemuria denied the accusation.";
    const base = {
      publishedAt: "2021-07-01",
      source: "Wire",
      text,
      actors: [
        { id: "p", name: "Atlantis", kind: "group" as const },
        { id: "q", name: "Lemuria", kind: "group" as const },
      ],
      accusations: [
        { id: "x", accuser: "p", accused: ["q"], evidence: "Atlantis accused Lemuria of piracy.", category: "piracy" },
      ],
      denials: [{ id: "d", denier: "q", evidence: "Lemuria denied the accusation.", respondsTo: "x" }],
    };
    const [first] = await storeAll(database, [buildArticle({ ...base, url: null })]);
    const [second] = await storeAll(database, [
      buildArticle({ ...base, url: "https://example.test/atlantis", title: "Atlantis and Lemuria" }),
    ]);
    expect(first?.ok && first.status).toBe("STORED");
    expect(second?.ok && second.status).toBe("UPDATED");
    const id = first?.ok ? first.id : "";
    expect(second?.ok && second.id).toBe(id);
    const { article } = await client.data<{
      article: { title: string; accusations: { id: string }[]; denials: { respondsTo: { id: string } | null }[] };
    }>(`query($id: ID!) { article(id: $id) { title accusations { id } denials { respondsTo { id } } } }`, { id });
    expect(article.title).toBe("Atlantis and Lemuria");
    expect(article.accusations).toHaveLength(1);
    // The denial still answers the accusation stored under the article's original id.
    expect(article.denials.map((d) => d.respondsTo?.id)).toEqual([article.accusations[0]?.id]);
    await client.post(`mutation($id: ID!) { deleteArticle(id: $id) { id } }`, { id });
  });

  it("an alias-table correction merges two actors and later articles follow it", async () => {
    const nickname = buildArticle({
      url: "https://example.test/vvp",
      publishedAt: "2021-07-01",
      source: "Wire",
      text: "V. V. Putin said the meeting was useful.",
      actors: [{ id: "p", name: "V. V. Putin", kind: "person" }],
      claims: [{ id: "q", speaker: "p", cue: "said", content: "the meeting was useful" }],
    });
    await storeAll(database, [nickname]);
    const search = `{ actors(filter: { search: "putin" }) { totalCount edges { node { key counts { claims } } } } }`;
    expect((await client.data<{ actors: { totalCount: number } }>(search)).actors.totalCount).toBe(2);
    await database.db
      .transaction()
      .execute((trx) => mergeActorKeys(trx, "person:v v putin", "person:vladimir putin", "manual"));
    const merged = await client.data<{
      actors: { totalCount: number; edges: { node: { key: string; counts: { claims: number } } }[] };
    }>(search);
    expect(merged.actors.totalCount).toBe(1);
    expect(merged.actors.edges[0]?.node).toEqual({ key: "person:vladimir putin", counts: { claims: 2 } });
    // Re-ingesting the article (a parser upgrade) lands on the corrected actor too.
    await storeAll(database, [{ ...nickname, title: "changed" }]);
    expect((await client.data<{ actors: { totalCount: number } }>(search)).actors.totalCount).toBe(1);
  });

  it("never serves a cached answer after another instance wrote", async () => {
    const other = await serve(database);
    try {
      const q = "{ corpusStats { articles } }";
      const before = (await other.data<{ corpusStats: { articles: number } }>(q)).corpusStats.articles;
      expect((await other.data<{ corpusStats: { articles: number } }>(q)).corpusStats.articles).toBe(before);
      await client.data(ingestMutation, { input: { text: "A spokesman said the plant would close in May." } });
      expect((await other.data<{ corpusStats: { articles: number } }>(q)).corpusStats.articles).toBe(before + 1);
    } finally {
      await other.api.close();
    }
  });

  it("keeps the order-independent result: B before C merges NATO the same way", async () => {
    const other = await testDb.open();
    try {
      await storeAll(other, [articleB, articleC, articleA]);
      const keys = await other.db.selectFrom("actors").select("key").orderBy("key").execute();
      expect(keys.map((k) => k.key)).toEqual([
        "code:RUS",
        "code:USA",
        "org:nato",
        "person:joe biden",
        "person:vladimir putin",
      ]);
    } finally {
      await other.drop();
    }
  });
});
