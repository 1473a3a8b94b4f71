import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a party's word before a person's name ("Republican Jo Roe") says which
// party the person is in, and is no part of the name.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("a party's word before a person's name", () => {
  it.each([
    "Republican Lena Tyler said on Tuesday that the plan was bad.",
    "Democrat Lena Tyler said on Tuesday that the plan was bad.",
    "Voters backed Independent Lena Tyler, who said the plan was bad.",
    "Democratic Sen. Lena Tyler said on Tuesday that the plan was bad.",
    "Republican U.S. Rep. Lena Tyler said on Tuesday that the plan was bad.",
  ])("leaves the person named: %s", (text) => {
    expect(names(text)).toContain("Lena Tyler");
  });

  it("gives a later surname to the person named after the party's word", () => {
    const text = "Democrat Lena Tyler won the seat. Tyler said the vote was fair.";
    const parsed = parseArticle(text);
    const at = text.lastIndexOf("Tyler said");
    const mention = parsed.mentions.find((m) => m.start === at);
    expect(parsed.actors.find((a) => a.id === mention?.actor)?.name).toBe("Lena Tyler");
  });

  it("leaves a party's own name whole", () => {
    expect(names("The Democratic Party and the Republican National Committee met on Monday.")).toEqual(
      expect.arrayContaining(["Democratic Party", "Republican National Committee"]),
    );
  });
});
