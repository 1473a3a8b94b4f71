import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: names that are no participant must not become actors.
const actorNames = (text: string) => parseArticle(text).actors.map((a) => `${a.name}|${a.kind}`);
const kindOf = (text: string, surface: string) =>
  parseArticle(text).mentions.find((m) => text.slice(m.start, m.end) === surface)?.kind ?? null;

describe("junk actors", () => {
  it("reads a name owned by a possessive determiner as no person", () => {
    const text = "The assembly met again after their Diwali Break, which began on April 2.";
    expect(actorNames(text).some((n) => n.startsWith("Diwali Break"))).toBe(false);
  });

  it("keeps a band name before a common noun out of the actors", () => {
    const names = actorNames("The firm owns 12 FM and three AM radio stations in the region.");
    expect(names.some((n) => n.startsWith("FM|") || n.startsWith("AM|"))).toBe(false);
  });

  it("reads a name after a house number as an address", () => {
    const text = "She was taken to the old station at 14 Rue des Tanneurs on Friday night.";
    expect(kindOf(text, "Rue des Tanneurs")).toBe("location");
    expect(actorNames(text).some((n) => n.startsWith("Rue des Tanneurs"))).toBe(false);
  });

  it("keeps a year before a name from making it an address", () => {
    const text = "According to a 2021 Halvorsen University poll, most voters agreed.";
    expect(kindOf(text, "Halvorsen University")).toBe("organization");
  });

  it("reads a first name listed among places as a place", () => {
    const text = "Suits were filed in Maryland, Virginia, Ohio and Oregon by the groups.";
    expect(actorNames(text).some((n) => n.startsWith("Virginia|person"))).toBe(false);
    expect(kindOf(text, "Virginia")).toBe("location");
  });

  it("still reads a name after a place and a comma as a person when no list goes on", () => {
    const text = "Back in Lisbon, Maria was waiting for the minister.";
    expect(actorNames(text)).toContain("Maria|person");
  });

  it("reads a state's constitution as no organization", () => {
    const text = "The order violates the United States Constitution, the lawsuit says.";
    expect(actorNames(text).some((n) => n.startsWith("Constitution"))).toBe(false);
  });

  it("knows 'Philippine' as the Philippines' adjective, not an organization", () => {
    const r = parseArticle("The Philippine government shut the station on Tuesday.");
    expect(r.actors.some((a) => a.name === "Philippine")).toBe(false);
    expect(r.actors.find((a) => a.kind === "country")?.code).toBe("PHL");
  });
});

describe("junk actors, more shapes", () => {
  it("reads a currency sign as no country", () => {
    const r = parseArticle("The two men must pay €20,000 (US$22,900) in damages, the court in Lyon said.");
    expect(r.actors.some((a) => a.kind === "country" && a.code === "USA")).toBe(false);
  });

  it("reads the portfolio after 'Secretary of' as no person", () => {
    const text = "The letter went to Dana Reyes, the Secretary of Agriculture, on Monday.";
    expect(actorNames(text).some((n) => n.startsWith("Agriculture|"))).toBe(false);
  });

  it("reads a head word cut from its name before 'of' as no body", () => {
    const text = "The forum grew out of the Group of Nine, which began in 1980 as a club of rich states.";
    expect(actorNames(text).some((n) => n.startsWith("Group|"))).toBe(false);
  });
});

describe("a party's adjective before a known body", () => {
  it("is no part of the body's name", () => {
    const names = parseArticle(
      "Lisa Hart, the Republican Senate Majority Leader, objected. The Democratic Party said the Senate must vote.",
    ).actors.map((a) => a.name);
    expect(names).not.toContain("Republican Senate");
    expect(names).toEqual(expect.arrayContaining(["Senate", "Democratic Party"]));
  });
});

describe("platforms", () => {
  it("reads a platform named only as where something was said as no participant", () => {
    const names = actorNames("The mayor of Dunmore wrote on Twitter that the bridge would close for a week.");
    expect(names.some((n) => n.startsWith("Twitter|"))).toBe(false);
  });

  it("reads a platform that only qualifies an account or a video as no participant", () => {
    const names = actorNames("Ann Lee thanked her fans in a short message. Her Instagram account was closed later.");
    expect(names.some((n) => n.startsWith("Instagram|"))).toBe(false);
    expect(names).toContain("Ann Lee|person");
  });

  it("keeps a platform that acts elsewhere in the story", () => {
    const names = actorNames(
      "Twitter suspended the account of Jo Roe on Monday. Roe complained on Twitter, calling the ban unfair.",
    );
    expect(names).toContain("Twitter|organization");
  });
});

describe("a prize or a day named for a person", () => {
  it("reads a person's name ending in a prize's word as no person", () => {
    const names = actorNames("Ann Roe won the George Walden Prize in 1990 and later taught in Lyon.");
    expect(names.some((n) => n.startsWith("George Walden Prize"))).toBe(false);
    expect(names).toContain("Ann Roe|person");
  });
  it("keeps a three-word name whose surname is such a word after a given name", () => {
    const names = actorNames("Lee Ann Derby, a nurse, said the ward was full on Monday.");
    expect(names).toContain("Lee Ann Derby|person");
  });
});
