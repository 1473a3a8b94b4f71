import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a party's word standing alone names the party, an actor its members belong to.
const partyOf = (text: string) => parseArticle(text).actors.filter((a) => a.kind === "organization");

describe("a party named by its word alone", () => {
  it("makes the party an actor, with the word as its alias, and its titled member belongs to it", () => {
    const r = parseArticle(
      "The United States held talks on Monday. The Republican presidential candidate Dale Whitmore said the talks failed.",
    );
    const party = r.actors.find((a) => a.name === "Republican Party");
    expect(party?.aliases).toEqual(["Republican"]);
    expect(r.actors.find((a) => a.id === party?.affiliation)?.name).toBe("United States");
    expect(r.actors.find((a) => a.name === "Dale Whitmore")?.affiliation).toBe(party?.id);
  });

  it("reads a member's noun and a word that opens the sentence", () => {
    const names = (text: string) => partyOf(text).map((a) => a.name);
    expect(names("Maria Vance, a Democrat since 1990, said the plan would fail.")).toContain("Democratic Party");
    expect(names("Presumptive Republican nominee Tom Marsh said he would win.")).toContain("Republican Party");
  });

  it("adds the word to a party the story names in full", () => {
    const r = parseArticle("The Democratic Party met on Monday. Democratic leaders said they would fight the bill.");
    const parties = r.actors.filter((a) => a.name === "Democratic Party");
    expect(parties).toHaveLength(1);
    expect(parties[0]?.aliases).toContain("Democratic");
  });

  it("names no party with a word inside another name or a compound", () => {
    const names = (text: string) => partyOf(text).map((a) => a.name);
    expect(names("The Syrian Democratic Forces said the town had fallen.")).not.toContain("Democratic Party");
    expect(names("A Democratic National Committee spokesman said the servers were hacked.")).not.toContain(
      "Democratic Party",
    );
    expect(names("The Republican-led Senate passed the bill on Monday.")).not.toContain("Republican Party");
    expect(names("Kinshasa is the capital of the Democratic Republic of the Congo, officials said.")).not.toContain(
      "Democratic Party",
    );
  });
});
