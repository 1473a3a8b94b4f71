import { describe, expect, it } from "vitest";
import { actorSurname } from "../src/db/migrations/005-actor-surname.js";
import { personSurname } from "../src/identity/person-surname.js";
import { buildArticle } from "./helpers/build-article.js";
import { storeAll } from "./helpers/client.js";
import { testDatabases } from "./helpers/databases.js";

// Each article names one person; the claim is there so the actor has rows that must follow a merge.
const article = (slug: string, name: string) => {
  const text = `${name} said the talks would resume in ${slug}.`;
  return buildArticle({
    url: `https://example.test/${slug}`,
    publishedAt: "2022-03-01",
    source: "Wire",
    text,
    actors: [{ id: "p", name, kind: "person" }],
    claims: [{ id: "q", speaker: "p", cue: "said", content: `the talks would resume in ${slug}` }],
  });
};

const surnameFirst = article("geneva", "Mr. Okonkwo");
const fullName = article("vienna", "Chidi Okonkwo");
const secondSurname = article("oslo", "Okonkwo");

describe("personSurname", () => {
  it.each([
    ["person:donald trump", { surname: "trump", surnameOnly: false }],
    ["person:trump", { surname: "trump", surnameOnly: true }],
    ["person:von der leyen", { surname: "leyen", surnameOnly: true }],
    ["person:ursula von der leyen", { surname: "leyen", surnameOnly: false }],
    ["org:trump", null],
  ])("%s → %o", (key, expected) => {
    expect(personSurname(key)).toEqual(expected);
  });
});

describe.each(testDatabases())("surname-only persons on $name", (testDb) => {
  // Every actor with its claims count, and the key aliases ingest recorded.
  const state = async (db: Awaited<ReturnType<typeof testDb.open>>["db"]) => {
    const actors = await db
      .selectFrom("actors")
      .leftJoin("claims", "claims.speaker_id", "actors.id")
      .select(["actors.key", "actors.name", db.fn.count<number>("claims.id").as("claims")])
      .groupBy(["actors.key", "actors.name"])
      .orderBy("actors.key")
      .execute();
    const aliases = await db
      .selectFrom("actor_key_aliases")
      .select(["alias_key", "actor_key", "origin"])
      .orderBy("alias_key")
      .execute();
    return { actors: actors.map((a) => ({ ...a, claims: Number(a.claims) })), aliases };
  };

  const withDatabase = async (run: (db: Awaited<ReturnType<typeof testDb.open>>) => Promise<void>) => {
    const database = await testDb.open();
    try {
      await run(database);
    } finally {
      await database.drop();
    }
  };

  const merged = {
    actors: [{ key: "person:chidi okonkwo", name: "Chidi Okonkwo", claims: 3 }],
    aliases: [{ alias_key: "person:okonkwo", actor_key: "person:chidi okonkwo", origin: "surname" }],
  };

  it("surname first, full name later: the surname-only actor is folded in", () =>
    withDatabase(async (database) => {
      await storeAll(database, [surnameFirst]);
      expect((await state(database.db)).actors.map((a) => a.key)).toEqual(["person:okonkwo"]);
      await storeAll(database, [fullName, secondSurname]);
      expect(await state(database.db)).toEqual(merged);
    }));

  it("full name first, surname later: the same single actor", () =>
    withDatabase(async (database) => {
      await storeAll(database, [fullName, secondSurname, surnameFirst]);
      expect(await state(database.db)).toEqual(merged);
    }));

  it("one batch in either order gives one actor", () =>
    withDatabase(async (database) => {
      // storeAll stores one article a transaction; a batch of the CLI stores many in one.
      const { ingestBatch } = await import("../src/ingest/ingest.js");
      const { planArticle } = await import("../src/ingest/plan-article.js");
      const plans = [surnameFirst, fullName, secondSurname].map((p, i) => ({ plan: planArticle(p), name: `${i}` }));
      const outcomes = await ingestBatch(database.db, plans);
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(await state(database.db)).toEqual(merged);
    }));

  it("an ambiguous surname (two full-name persons) stays apart", () =>
    withDatabase(async (database) => {
      const other = article("lagos", "Ngozi Okonkwo");
      await storeAll(database, [fullName, other, surnameFirst]);
      const after = await state(database.db);
      expect(after.actors.map((a) => a.key)).toEqual([
        "person:chidi okonkwo",
        "person:ngozi okonkwo",
        "person:okonkwo",
      ]);
      expect(after.aliases).toEqual([]);
    }));

  it("a second full name arriving after a merge keeps the merge and its rows", () =>
    withDatabase(async (database) => {
      await storeAll(database, [surnameFirst, fullName]);
      await storeAll(database, [article("lagos", "Ngozi Okonkwo"), secondSurname]);
      const after = await state(database.db);
      expect(after.actors).toEqual([
        { key: "person:chidi okonkwo", name: "Chidi Okonkwo", claims: 3 },
        { key: "person:ngozi okonkwo", name: "Ngozi Okonkwo", claims: 1 },
      ]);
      expect(after.aliases).toEqual(merged.aliases);
    }));

  it("an operator's alias for the surname wins over the automatic merge", () =>
    withDatabase(async (database) => {
      await storeAll(database, [surnameFirst]);
      await database.db
        .insertInto("actor_key_aliases")
        .values({ alias_key: "person:okonkwo", actor_key: "person:ngozi okonkwo", origin: "manual" })
        .execute();
      await storeAll(database, [fullName]);
      const after = await state(database.db);
      expect(after.actors.map((a) => a.key)).toEqual(["person:chidi okonkwo", "person:okonkwo"]);
      expect(after.aliases).toEqual([
        { alias_key: "person:okonkwo", actor_key: "person:ngozi okonkwo", origin: "manual" },
      ]);
    }));

  it("the migration fills in the surname of persons stored before it", () =>
    withDatabase(async (database) => {
      await storeAll(database, [fullName, article("riga", "Mr. Lindqvist")]);
      await actorSurname.down?.(database.db);
      await actorSurname.up(database.db);
      const rows = await database.db.selectFrom("actors").select(["key", "surname"]).orderBy("key").execute();
      expect(rows).toEqual([
        { key: "person:chidi okonkwo", surname: "okonkwo" },
        { key: "person:lindqvist", surname: "lindqvist" },
      ]);
    }));

  it("re-ingesting is idempotent: unchanged articles, and re-parsed ones land on the same actor", () =>
    withDatabase(async (database) => {
      await storeAll(database, [surnameFirst, fullName]);
      const again = await storeAll(database, [surnameFirst, fullName]);
      expect(again.map((o) => o.ok && o.status)).toEqual(["UNCHANGED", "UNCHANGED"]);
      const upgraded = await storeAll(database, [
        { ...surnameFirst, title: "changed" },
        { ...fullName, title: "changed" },
      ]);
      expect(upgraded.map((o) => o.ok && o.status)).toEqual(["UPDATED", "UPDATED"]);
      expect(await state(database.db)).toEqual({ ...merged, actors: [{ ...merged.actors[0], claims: 2 }] });
    }));
});
