import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A group noun right before a reporting verb in the present or past ("critics argue", "aides
// said", "activists here insist") is a claim's speaker; the group is made on that guess and
// dropped again when no item names it.
describe("groups a reporting verb follows", () => {
  const speakerOf = (text: string, words: string) => {
    const parsed = parseArticle(text);
    const claim = parsed.claims.find((c) => parsed.text.slice(c.content.start, c.content.end).includes(words));
    return parsed.actors.find((a) => a.id === claim?.speaker);
  };

  it("gives a present-tense claim its group speaker", () => {
    const text = "Lenders in Brevia face a new tax. Critics argue the tax will close small banks in the north.";
    expect(speakerOf(text, "close small banks")?.name).toBe("critics");
  });

  it("reads past an adverb between the group and its verb", () => {
    const text = "The vote in Brevia is close. Activists here insist that the count was rigged by the mayor.";
    expect(speakerOf(text, "count was rigged")?.name).toBe("activists");
  });

  it("makes a speaking group of nouns that take part only when they speak ('aides said')", () => {
    const text =
      "The senator from Brevia raised money in March. Aides said more than a million donors gave to the campaign.";
    const speaker = speakerOf(text, "million donors");
    expect(speaker?.name).toBe("aides");
    expect(speaker?.kind).toBe("group");
  });

  it("makes speaking groups of candidates, backers and specialists, named with their qualifier", () => {
    const text =
      "The race in Brevia tightened in May. Other Republican candidates said they support the new tax. " +
      "Security specialists say the vote count was hacked. Her backers say the mayor will win.";
    expect(speakerOf(text, "support the new tax")?.name).toBe("Republican candidates");
    expect(speakerOf(text, "count was hacked")?.name).toBe("security specialists");
    expect(speakerOf(text, "mayor will win")?.kind).toBe("group");
  });

  it("makes no group of candidates or donors that do not speak", () => {
    const text = "The candidates met in Brevia on Monday, and donors were invited to the dinner.";
    const parsed = parseArticle(text);
    expect(parsed.actors.filter((a) => a.kind === "group")).toEqual([]);
  });

  it("makes no group of those nouns when they do not speak", () => {
    const text = "Her aides were sent home early, and the companies were listed in Brevia on Monday.";
    const parsed = parseArticle(text);
    expect(parsed.actors.filter((a) => a.kind === "group")).toEqual([]);
  });

  it("drops the group when no item names it", () => {
    // "believe" with a bare object makes no claim: the guessed speaker is no participant
    const text = "Critics believe in free trade, the report from Brevia shows.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name === "critics")).toBe(false);
  });
});

// "groups", "companies": a generic collective is the kind its modifiers name, so "student groups"
// and "religious groups" are two groups, each under its own name.
describe("generic collectives take their modifiers into their name", () => {
  it("names a group after the noun before it, also opening a sentence", () => {
    const text = "Student groups called for a boycott of the Brevian bank. Farm groups said the bank had helped them.";
    const parsed = parseArticle(text);
    const names = parsed.actors.filter((a) => a.kind === "group").map((a) => a.name);
    expect(names).toContain("student groups");
    expect(names).toContain("farm groups");
    expect(names).not.toContain("groups");
  });

  it("keeps an adjective but not a quantifier in the name", () => {
    const text = "Some religious groups said the new Brevian law was unfair to small churches.";
    const parsed = parseArticle(text);
    expect(parsed.actors.find((a) => a.kind === "group")?.name).toBe("religious groups");
  });

  it("makes a group of a modified speaker-only noun that acts, when an item names it", () => {
    const text = "Tech companies criticised the Brevian government for the new tax on Monday.";
    const parsed = parseArticle(text);
    const group = parsed.actors.find((a) => a.name === "tech companies");
    expect(group?.kind).toBe("group");
  });
});
