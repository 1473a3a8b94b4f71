import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const groupNames = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "group")
    .map((a) => a.name);

const speakerName = (text: string) => {
  const parsed = parseArticle(text);
  const id = parsed.claims[0]?.speaker;
  return parsed.actors.find((a) => a.id === id)?.name ?? null;
};

// The words before a group's noun that say which group it is are part of its name; the
// quantifiers before them ("some", "three") are not.
describe("a group is named with the words that say which group it is", () => {
  const cases: [string, string][] = [
    ["But some Democratic strategists fear that the nominee has missed a chance.", "Democratic strategists"],
    [
      "Three current and former Halvorsen employees said disagreements broke out.",
      "current and former Halvorsen employees",
    ],
    ["Some cybersecurity experts have alleged that the leak came from abroad.", "cybersecurity experts"],
    ["FBI officials said the inquiry was still open.", "FBI officials"],
    ["Some Republican officials said the plan would fail.", "Republican officials"],
    ["Ann Roe spoke on Monday. Roe's allies said the vote was unfair.", "Roe's allies"],
    ["Chinese students protested outside the embassy on Sunday.", "Chinese students"],
  ];
  for (const [text, name] of cases)
    it(name, () => {
      expect(groupNames(text)).toContain(name);
    });

  it("gives the group's claim to the group, not to the name that qualifies it", () => {
    expect(speakerName("Ann Roe spoke. Three current and former Roe employees said the firm broke the rules.")).toBe(
      "current and former Roe employees",
    );
    expect(speakerName("Ann Roe spoke. Roe's lawyers looked at the files and found that the forms were signed.")).toBe(
      "Roe's lawyers",
    );
  });
});

describe("a group named later by its noun alone", () => {
  it("is the one qualified group of that noun named before", () => {
    const text =
      "Some Democratic strategists fear that the nominee has missed a chance. The strategists warn that turnout may fall.";
    expect(groupNames(text)).toEqual(["Democratic strategists"]);
  });

  it("stays apart when two qualified groups share the noun", () => {
    const text =
      "Ann Roe spoke. Al Poe spoke. Roe supporters said the count was fair. Poe supporters said it was not. " +
      "The supporters then left.";
    const names = groupNames(text);
    expect(names).toContain("Roe supporters");
    expect(names).toContain("Poe supporters");
  });
});

describe("a word before the noun that is no qualifier", () => {
  it("leaves verbs and clause-opening times out of the name", () => {
    expect(groupNames("Last week analysts said the market would fall.").join("|")).not.toMatch(/week/);
    expect(groupNames("The governor met voters who said the roads were poor.").join("|")).not.toMatch(/met/);
  });
});

describe("a party's members in one chamber", () => {
  it("are a group of their own that speaks for itself", () => {
    const text =
      "The vote failed. Senate Republicans said they would block the nominee. But congressional Democrats said the plan was fair.";
    expect(groupNames(text)).toEqual(["Senate Republicans", "congressional Democrats"]);
    expect(speakerName(text)).toBe("Senate Republicans");
  });
});
