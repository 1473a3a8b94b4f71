import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

type Conn = { totalCount: number; edges: { node: Record<string, unknown> }[] };

describe.each(testDatabases())("queries on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let client: Awaited<ReturnType<typeof serve>>;
  const actor: Record<string, string> = {};
  const article: Record<string, string> = {};

  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, fixtureArticles);
    client = await serve(database);
    const { actors, articles } = await client.data<{
      actors: { edges: { node: { id: string; key: string } }[] };
      articles: { edges: { node: { id: string; url: string } }[] };
    }>("{ actors(first: 50) { edges { node { id key } } } articles { edges { node { id url } } } }");
    for (const e of actors.edges) actor[e.node.key.split(":").pop() as string] = e.node.id;
    for (const e of articles.edges) article[e.node.url.slice(-1)] = e.node.id;
  });
  afterAll(async () => {
    await client?.api.close();
    await database?.drop();
  });

  const total = async (field: string, filter: string) =>
    (await client.data<Record<string, Conn>>(`{ ${field}(filter: ${filter}) { totalCount edges { node { id } } } }`))[
      field
    ] as Conn;

  it("filters claims by speaker, named counterpart, kind, date, source, article and words", async () => {
    const cases: [string, number][] = [
      [`{ actor: "${actor["vladimir putin"]}" }`, 1],
      [`{ counterpart: "${actor["vladimir putin"]}" }`, 1],
      [`{ kinds: [direct] }`, 0],
      [`{ kinds: [indirect] }`, 3],
      [`{ from: "2021-04" }`, 2],
      [`{ to: "2021-03" }`, 1],
      [`{ source: "WIKINEWS" }`, 2],
      [`{ article: "${article.a}" }`, 1],
      [`{ search: "ILLEGAL" }`, 1],
      [`{ search: "100%" }`, 0],
    ];
    for (const [filter, n] of cases) {
      const conn = await total("claims", filter);
      expect([filter, conn.totalCount, conn.edges.length]).toEqual([filter, n, n]);
    }
  });

  it("filters accusations by accuser, accused, category, dates, source, article and words", async () => {
    const cases: [string, number][] = [
      [`{ actor: "${actor.USA}" }`, 2],
      [`{ actor: "${actor.nato}" }`, 1],
      [`{ counterpart: "${actor.RUS}" }`, 3],
      [`{ counterpart: "${actor.USA}" }`, 0],
      [`{ categories: ["cyberattack", "Aggression"] }`, 2],
      [`{ from: "2021" }`, 2],
      [`{ to: "2020-12-31" }`, 1],
      [`{ from: "2021-04-01", to: "2021-04-30" }`, 1],
      [`{ source: "wire" }`, 2],
      [`{ article: "${article.b}" }`, 1],
      [`{ search: "election" }`, 1],
      [`{ actor: "${actor.USA}", counterpart: "${actor.RUS}", from: "2021-04" }`, 1],
    ];
    for (const [filter, n] of cases)
      expect([filter, (await total("accusations", filter)).totalCount]).toEqual([filter, n]);
  });

  it("filters denials and responses", async () => {
    const denials: [string, number][] = [
      [`{ actor: "${actor.RUS}" }`, 1],
      [`{ counterpart: "${actor.USA}" }`, 1],
      [`{ counterpart: "${actor.nato}" }`, 0],
      [`{ search: "denied" }`, 1],
    ];
    for (const [filter, n] of denials)
      expect([filter, (await total("denials", filter)).totalCount]).toEqual([filter, n]);
    const responses: [string, number][] = [
      [`{ actor: "${actor.USA}" }`, 2],
      [`{ counterpart: "${actor.RUS}" }`, 2],
      [`{ types: [sanction, recall_ambassador] }`, 2],
      [`{ modalities: [threatened, considered] }`, 2],
      [`{ from: "2021-04-15", to: "2021-04-15" }`, 2],
      [`{ source: "Wire", types: [threaten] }`, 1],
      [`{ article: "${article.c}" }`, 1],
    ];
    for (const [filter, n] of responses)
      expect([filter, (await total("responses", filter)).totalCount]).toEqual([filter, n]);
  });

  it("filters actors by kind, country and name or alias, and articles by source, date, words and actor", async () => {
    const names = async (filter: string) =>
      (
        await client.data<{ actors: { edges: { node: { name: string } }[] } }>(
          `{ actors(filter: ${filter}) { edges { node { name } } } }`,
        )
      ).actors.edges
        .map((e) => e.node.name)
        .sort();
    expect(await names(`{ kinds: [person] }`)).toEqual(["Joe Biden", "Vladimir Putin"]);
    expect(await names(`{ country: "rus" }`)).toEqual(["Russia", "Vladimir Putin"]);
    expect(await names(`{ search: "moscow" }`)).toEqual(["Russia"]);
    expect(await names(`{ kinds: [organization], search: "nato" }`)).toEqual(["North Atlantic Treaty Organization"]);
    expect((await total("articles", `{ source: "wire" }`)).totalCount).toBe(2);
    expect((await total("articles", `{ from: "2021", to: "2021-03" }`)).totalCount).toBe(1);
    expect((await total("articles", `{ search: "cyberattack" }`)).totalCount).toBe(1);
    expect((await total("articles", `{ actor: "${actor["joe biden"]}" }`)).totalCount).toBe(1);
  });

  it("pages forward and backward with cursors, newest first", async () => {
    type Page = {
      responses: {
        totalCount: number;
        edges: { cursor: string; node: { date: string; type: string } }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      };
    };
    const page = (args: string) =>
      client.data<Page>(
        `{ responses(${args}) { totalCount edges { cursor node { date type } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      );
    const all = (await page("first: 10")).responses;
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e) => e.node.date)).toEqual(["2021-04-15", "2021-04-15", "2021-03-17", "2020-11-02"]);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const p1 = (await page("first: 3")).responses;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await page(`first: 3, after: "${p1.pageInfo.endCursor}"`)).responses;
    expect(p2.edges.map((e) => e.node.type)).toEqual(["threaten"]);
    expect(p2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...p1.edges, ...p2.edges].map((e) => e.cursor)).toEqual(all.edges.map((e) => e.cursor));

    const last = (await page("last: 2")).responses;
    expect(last.edges.map((e) => e.cursor)).toEqual(all.edges.slice(2).map((e) => e.cursor));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await page(`last: 5, before: "${last.pageInfo.startCursor}"`)).responses;
    expect(before.edges.map((e) => e.cursor)).toEqual(all.edges.slice(0, 2).map((e) => e.cursor));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    const none = (await page("first: 0")).responses;
    expect(none.edges).toEqual([]);
    expect(none.pageInfo.endCursor).toBeNull();
    const past = (await page(`first: 2, after: "${all.edges[3]?.cursor}"`)).responses;
    expect(past.edges).toEqual([]);

    for (const bad of ["first: -1", `after: "not-a-cursor"`, `before: "${Buffer.from("[1]").toString("base64url")}"`]) {
      const r = await client.post(`{ responses(${bad}) { totalCount } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const capped = await client.data<{ articles: { edges: unknown[] } }>(
      "{ articles(first: 500) { edges { cursor } } }",
    );
    expect(capped.articles.edges).toHaveLength(3);
  });

  it("exposes every item's evidence: span, its words, its sentence and its article", async () => {
    const { article: a } = await client.data<{
      article: {
        text: string;
        claims: { evidence: Ev; cue: Span; content: Span }[];
        accusations: { evidence: Ev; allegation: Span | null }[];
        denials: { evidence: Ev; respondsTo: { id: string } | null }[];
        responses: { evidence: Ev; respondsTo: { __typename: string; id: string } | null }[];
      };
    }>(
      `query($id: ID!) { article(id: $id) { text
        claims { evidence { ...E } cue { ...S } content { ...S } }
        accusations { evidence { ...E } allegation { ...S } }
        denials { evidence { ...E } respondsTo { id } }
        responses { evidence { ...E } respondsTo { __typename ... on Accusation { id } } }
      } }
      fragment S on Passage { start end text }
      fragment E on Evidence { start end text sentence { ...S } article { id } }`,
      { id: article.a },
    );
    type Span = { start: number; end: number; text: string };
    type Ev = Span & { sentence: Span; article: { id: string } };
    const items = [...a.claims, ...a.accusations, ...a.denials, ...a.responses];
    expect(items).toHaveLength(4);
    for (const item of items) {
      const ev = item.evidence;
      expect(ev.text).toBe(a.text.slice(ev.start, ev.end));
      expect(ev.sentence.text).toBe(a.text.slice(ev.sentence.start, ev.sentence.end));
      expect(ev.sentence.start).toBeLessThanOrEqual(ev.start);
      expect(ev.sentence.end).toBeGreaterThanOrEqual(ev.end);
      expect(ev.article.id).toBe(article.a);
    }
    expect(a.claims[0]?.content.text).toBe("Putin would pay a price");
    expect(a.claims[0]?.evidence.sentence.text).toBe("Joe Biden said Putin would pay a price.");
    expect(a.accusations[0]?.allegation?.text).toBe("interfering in the election");
    const accusationId = (
      await client.data<{ accusations: { edges: { node: { id: string } }[] } }>(
        `{ accusations(filter: { article: "${article.a}" }) { edges { node { id } } } }`,
      )
    ).accusations.edges[0]?.node.id;
    expect(a.denials[0]?.respondsTo?.id).toBe(accusationId);
    expect(a.responses[0]?.respondsTo).toEqual({ __typename: "Accusation", id: accusationId });
  });

  it("answers an actor page: aliases, affiliation, items in each role, articles", async () => {
    const { actor: putin } = await client.data<{
      actor: { name: string; aliases: string[]; affiliation: { name: string }; claims: Conn; articles: Conn };
    }>(
      `query($id: ID!) { actor(id: $id) { name aliases affiliation { name } claims { totalCount edges { node { id } } } articles { totalCount edges { node { id } } } } }`,
      { id: actor["vladimir putin"] },
    );
    expect(putin.name).toBe("Vladimir Putin");
    expect(putin.aliases).toEqual(expect.arrayContaining(["Putin", "Mr. Vladimir Putin"]));
    expect(putin.affiliation.name).toBe("Russia");
    expect(putin.claims.totalCount).toBe(1);
    expect(putin.articles.totalCount).toBe(2);
    const { actor: rus } = await client.data<{ actor: Record<string, { totalCount: number }> }>(
      `query($id: ID!) { actor(id: $id) { accusationsMade { totalCount } accusationsReceived { totalCount } denials { totalCount } responsesGiven { totalCount } responsesReceived { totalCount } } }`,
      { id: actor.RUS },
    );
    expect(Object.fromEntries(Object.entries(rus).map(([k, v]) => [k, v.totalCount]))).toEqual({
      accusationsMade: 0,
      accusationsReceived: 3,
      denials: 1,
      responsesGiven: 1,
      responsesReceived: 2,
    });
  });

  it("pages an actor's received items in the items' own order, with cursors from the full list", async () => {
    type Edges = { edges: { cursor: string; node: { id: string; targets: { id: string }[] } }[] };
    type Page = { pageInfo: { endCursor: string; hasNextPage: boolean } } & Edges;
    for (const [field, targets, who] of [
      ["accusations", "accused", actor.RUS],
      ["responses", "targets", actor.RUS],
    ] as const) {
      const list = (args: string) =>
        client.data<Record<string, Page>>(
          `{ ${field}(${args}) { edges { cursor node { id targets: ${targets} { id } } } pageInfo { endCursor hasNextPage } } }`,
        );
      const all = (await list("first: 100"))[field] as Page;
      const received = all.edges.filter((e) => e.node.targets.some((t) => t.id === who));
      expect(received.length).toBeGreaterThanOrEqual(2);
      const p1 = (await list(`first: 1, filter: { counterpart: "${who}" }`))[field] as Page;
      const p2 = (await list(`first: 100, after: "${p1.pageInfo.endCursor}", filter: { counterpart: "${who}" }`))[
        field
      ] as Page;
      expect([...p1.edges, ...p2.edges].map((e) => e.cursor)).toEqual(received.map((e) => e.cursor));
      expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([true, false]);
      const back = (await list(`last: 1, filter: { counterpart: "${who}" }`))[field] as Page;
      expect(back.edges.map((e) => e.node.id)).toEqual(received.slice(-1).map((e) => e.node.id));
    }
  });

  it("rejects malformed and unknown ids with INVALID_ID and returns null for unknown ones", async () => {
    const bad = await client.post(`{ actor(id: "x") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    const filter = await client.post(`{ claims(filter: { actor: "art_0000000000000000" }) { totalCount } }`);
    expect(filter.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    const unknown = await client.data<{ actor: null; article: null }>(
      `{ actor(id: "act_0000000000000000") { id } article(id: "art_0000000000000000") { id } }`,
    );
    expect(unknown).toEqual({ actor: null, article: null });
    const day = await client.post(`{ claims(filter: { from: "last week" }) { totalCount } }`);
    expect(day.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
