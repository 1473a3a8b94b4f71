import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "Senator from <state> <first name> <surname>" puts the state's name right
// before the person's; the state is where the seat is, no part of the person's name.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("a place's name right before a person's first name and surname", () => {
  it("leaves the state out of the senator's name", () => {
    const text =
      "The bill was backed by United States Senator from Nebraska Karen Walsby on Tuesday. Walsby said it would pass.";
    expect(names(text)).toContain("Karen Walsby");
    expect(names(text)).not.toContain("Nebraska Karen Walsby");
  });

  it("gives the lone surname later on to the person named in full", () => {
    const text =
      "Support came from United States Senator from Nebraska Karen Walsby. On Monday, Walsby said the vote was fair.";
    const parsed = parseArticle(text);
    const start = text.lastIndexOf("Walsby said");
    const mention = parsed.mentions.find((m) => m.start === start);
    expect(parsed.actors.find((a) => a.id === mention?.actor)?.name).toBe("Karen Walsby");
  });
});

describe("a lawmaker's party-and-state tag", () => {
  it.each([
    "Sen. Karen Walsby (R-Nebraska) said the bill would pass.",
    "Sen. Karen Walsby (D-N.Y.) said the bill would pass.",
    "Sen. Karen Walsby, I-Vt., said the bill would pass.",
    "Rep. Karen Walsby (R-TX) said the bill would pass.",
  ])("names no body of its own: %s", (text) => {
    expect(names(text)).toEqual(["Karen Walsby"]);
  });
});

describe("a state's name before a title and a person's name", () => {
  it.each([
    ["Nebraska Sen. Karen Walsby said the bill would pass.", "Karen Walsby"],
    ["Former Ohio Gov. Karen Walsby said the bill would pass.", "Karen Walsby"],
    ["Nebraska Attorney General Karen Walsby said the bill would pass.", "Karen Walsby"],
  ])("leaves the state and the title out of the name: %s", (text, name) => {
    expect(names(text)).toContain(name);
    expect(names(text).some((n) => n.includes("Nebraska") && n.includes("Walsby"))).toBe(false);
  });

  it("gives the lone surname later on to the person named with the title", () => {
    const text = "Nebraska Sen. Karen Walsby voted no. Later, Walsby said the vote was fair.";
    const parsed = parseArticle(text);
    const start = text.lastIndexOf("Walsby said");
    const mention = parsed.mentions.find((m) => m.start === start);
    expect(parsed.actors.find((a) => a.id === mention?.actor)?.name).toBe("Karen Walsby");
  });
});
