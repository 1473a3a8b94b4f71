import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a person whose title names a party the article names acts for that party.
const affiliationOf = (text: string, name: string) => {
  const r = parseArticle(text);
  const actor = r.actors.find((a) => a.name === name);
  return r.actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
};

describe("affiliation from a party in a title", () => {
  it("gives a candidate the party their title names, when the article names it", () => {
    const text =
      "The Republican Party met in Ohio on Monday. " +
      "U.S. Republican presidential candidate Dale Whitmore said the party would unite.";
    expect(affiliationOf(text, "Dale Whitmore")).toBe("Republican Party");
  });

  it("keeps a body that opens the title before the party", () => {
    const text =
      "The Republican Party met on Monday. " +
      "Republican National Committee chairman Dale Whitmore said the party would unite.";
    expect(affiliationOf(text, "Dale Whitmore")).toBe("Republican National Committee");
  });

  it("gives the party when the article names it by its word alone (party-words.test.ts)", () => {
    const text =
      "The United States held talks on Monday. U.S. Republican presidential candidate Dale Whitmore said talks would go on.";
    expect(affiliationOf(text, "Dale Whitmore")).toBe("Republican Party");
  });
  it("gives a lawmaker the party their party-and-state tag names, when the article names it", () => {
    const text =
      "Democrats in the Senate pushed the bill on Monday. " + "Sen. Dale Whitmore (D-Ohio) said the bill would pass.";
    expect(affiliationOf(text, "Dale Whitmore")).toBe("Democratic Party");
  });
});
