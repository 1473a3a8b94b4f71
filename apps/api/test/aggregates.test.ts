import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParsedArticle, parseArticle } from "@newsgraph/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";
import { fixtureArticles } from "./helpers/fixtures.js";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds");

/** The seeds as the real parser reads them: the pasted article and the Wikinews records. */
function parseSeeds(): ParsedArticle[] {
  const txt = readdirSync(seeds).filter((f) => f.endsWith(".txt"));
  const json = readdirSync(join(seeds, "wikinews")).filter((f) => f.endsWith(".json"));
  return [
    ...txt.map((f) => parseArticle({ kind: "text", text: readFileSync(join(seeds, f), "utf8") }, { name: f })),
    ...json.map((f) => {
      const record = JSON.parse(readFileSync(join(seeds, "wikinews", f), "utf8"));
      return { ...parseArticle({ kind: "record", record }, { name: f }), url: record.url as string };
    }),
  ];
}

describe.each(testDatabases())("aggregates on $name", (testDb) => {
  let database: Awaited<ReturnType<typeof testDb.open>>;
  let client: Awaited<ReturnType<typeof serve>>;
  const name: Record<string, string> = {};

  beforeAll(async () => {
    database = await testDb.open();
    await storeAll(database, fixtureArticles);
    client = await serve(database);
    const { actors } = await client.data<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
      "{ actors(first: 50) { edges { node { id name } } } }",
    );
    for (const e of actors.edges) name[e.node.id] = e.node.name;
  });
  afterAll(async () => {
    await client?.api.close();
    await database?.drop();
  });

  it("builds the accusation network: edges with counts and the accusations behind them", async () => {
    const { accusationNetwork } = await client.data<{
      accusationNetwork: {
        nodes: { name: string }[];
        edges: {
          accuser: { name: string };
          accused: { name: string };
          count: number;
          accusations: { evidence: { text: string } }[];
        }[];
      };
    }>(
      "{ accusationNetwork { nodes { name } edges { accuser { name } accused { name } count accusations { evidence { text } } } } }",
    );
    expect(accusationNetwork.edges.map((e) => [e.accuser.name, e.accused.name, e.count])).toEqual([
      ["United States", "Russia", 2],
      ["North Atlantic Treaty Organization", "Russia", 1],
    ]);
    expect(accusationNetwork.edges[0]?.accusations.map((a) => a.evidence.text)).toEqual([
      "The U.S. accused Russia of a cyberattack.",
      "The United States accused Russia of interfering in the election.",
    ]);
    expect(accusationNetwork.nodes.map((n) => n.name).sort()).toEqual([
      "North Atlantic Treaty Organization",
      "Russia",
      "United States",
    ]);
    const filtered = await client.data<{ accusationNetwork: { edges: { count: number }[] } }>(
      `{ accusationNetwork(filter: { from: "2021" }) { edges { count } } }`,
    );
    expect(filtered.accusationNetwork.edges.map((e) => e.count)).toEqual([2]);
  });

  it("builds the accuser × accused matrix", async () => {
    const { accusationMatrix: m } = await client.data<{
      accusationMatrix: {
        accusers: { actor: { name: string }; count: number }[];
        accused: { actor: { name: string }; count: number }[];
        counts: number[][];
      };
    }>("{ accusationMatrix { accusers { actor { name } count } accused { actor { name } count } counts } }");
    expect(m.accusers.map((a) => [a.actor.name, a.count])).toEqual([
      ["United States", 2],
      ["North Atlantic Treaty Organization", 1],
    ]);
    expect(m.accused.map((a) => [a.actor.name, a.count])).toEqual([["Russia", 3]]);
    expect(m.counts).toEqual([[2], [1]]);
  });

  it("buckets the responses timeline by day, month and year and type", async () => {
    const timeline = async (bucket: string, filter = "{}") =>
      (
        await client.data<{ responsesTimeline: { period: string; type: string; count: number }[] }>(
          `{ responsesTimeline(bucket: ${bucket}, filter: ${filter}) { period type count } }`,
        )
      ).responsesTimeline.map((p) => `${p.period} ${p.type} ${p.count}`);
    expect(await timeline("MONTH")).toEqual([
      "2020-11 threaten 1",
      "2021-03 recall_ambassador 1",
      "2021-04 consider_measures 1",
      "2021-04 sanction 1",
    ]);
    expect(await timeline("YEAR")).toEqual([
      "2020 threaten 1",
      "2021 consider_measures 1",
      "2021 recall_ambassador 1",
      "2021 sanction 1",
    ]);
    expect(await timeline("DAY", `{ types: [sanction, consider_measures] }`)).toEqual([
      "2021-04-15 consider_measures 1",
      "2021-04-15 sanction 1",
    ]);
  });

  it("ranks top actors by role", async () => {
    const top = async (role: string, extra = "") =>
      (
        await client.data<{ topActors: { actor: { name: string }; count: number }[] }>(
          `{ topActors(role: ${role}${extra}) { actor { name } count } }`,
        )
      ).topActors.map((t) => `${t.actor.name} ${t.count}`);
    expect(await top("ACCUSER")).toEqual(["United States 2", "North Atlantic Treaty Organization 1"]);
    expect(await top("ACCUSED")).toEqual(["Russia 3"]);
    expect((await top("RESPONDER"))[0]).toBe("United States 2");
    expect((await top("RESPONDER")).slice(1).sort()).toEqual(["North Atlantic Treaty Organization 1", "Russia 1"]);
    expect(await top("RESPONSE_TARGET")).toEqual(["Russia 2", "United States 1"]);
    expect((await top("SPEAKER")).sort()).toEqual([
      "Joe Biden 1",
      "North Atlantic Treaty Organization 1",
      "Vladimir Putin 1",
    ]);
    expect(await top("DENIER")).toEqual(["Russia 1"]);
    const mentioned = await top("MENTIONED");
    expect(mentioned.slice(0, 2).sort()).toEqual(["Russia 3", "United States 3"]);
    expect(mentioned.slice(2, 4).sort()).toEqual(["North Atlantic Treaty Organization 2", "Vladimir Putin 2"]);
    expect(mentioned[4]).toBe("Joe Biden 1");
    expect(await top("MENTIONED", `, filter: { kinds: [person], to: "2021-03" }, limit: 1`)).toEqual(["Joe Biden 1"]);
    expect(await top("ACCUSER", `, filter: { source: "wikinews" }`)).toEqual(["United States 1"]);
  });

  it("counts the corpus", async () => {
    const { corpusStats } = await client.data<{ corpusStats: Record<string, unknown> }>(
      "{ corpusStats { articles actors claims accusations denials responses firstPublished lastPublished sources { source count } } }",
    );
    expect(corpusStats).toEqual({
      articles: 3,
      actors: 5,
      claims: 3,
      accusations: 3,
      denials: 1,
      responses: 4,
      firstPublished: "2020-11-02",
      lastPublished: "2021-04-15",
      sources: [
        { source: "Wire", count: 2 },
        { source: "Wikinews", count: 1 },
      ],
    });
  });

  // Parses and stores all 296 seed articles one by one (about 35 s on a quiet 2-core machine):
  // more than the suite's 60 s default allows when the machine is busy.
  it("agrees with counts worked out from the parser's own output on the seeds", async () => {
    const seedDb = await testDb.open();
    const seedClient = await serve(seedDb);
    try {
      const parsed = parseSeeds();
      await storeAll(seedDb, parsed);
      // Distinct articles: the same text twice (the pasted seed and its record, if any) is one article.
      const texts = new Set(parsed.map((p) => p.text));
      const sum = (f: (p: ParsedArticle) => number) => parsed.reduce((n, p) => n + f(p), 0);
      const { corpusStats } = await seedClient.data<{ corpusStats: Record<string, number> }>(
        "{ corpusStats { articles claims accusations denials responses mentions } }",
      );
      expect(corpusStats).toEqual({
        articles: texts.size,
        claims: sum((p) => p.claims.length),
        accusations: sum((p) => p.accusations.filter((a) => p.actors.some((x) => x.id === a.accuser)).length),
        denials: sum((p) => p.denials.filter((d) => p.actors.some((x) => x.id === d.denier)).length),
        responses: sum((p) => p.responses.filter((r) => p.actors.some((x) => x.id === r.actor)).length),
        mentions: sum((p) => p.mentions.length + p.references.length),
      });
      // Response types per year, counted in JavaScript from the parse, against the SQL timeline.
      const expected = new Map<string, number>();
      for (const p of parsed) {
        for (const r of p.responses) {
          const year = (r.date?.value ?? p.publishedAt ?? "").slice(0, 4);
          if (!year || !p.actors.some((x) => x.id === r.actor)) continue;
          const key = `${year} ${r.type}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
      }
      const { responsesTimeline } = await seedClient.data<{
        responsesTimeline: { period: string; type: string; count: number }[];
      }>("{ responsesTimeline(bucket: YEAR) { period type count } }");
      expect(new Map(responsesTimeline.map((p) => [`${p.period} ${p.type}`, p.count]))).toEqual(expected);
    } finally {
      await seedClient.api.close();
      await seedDb.drop();
    }
  }, 180_000);
});
