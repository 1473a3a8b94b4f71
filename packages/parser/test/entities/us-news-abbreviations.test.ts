import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the abbreviations of US political news name no body.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("a state's dotted abbreviation after a town", () => {
  it.each([
    "DORVAL, N.H. (AP) — Lena Tyler said the vote was fair.",
    "Lena Tyler spoke in Dorval, N.H. on Monday and said the vote was fair.",
    "Lena Tyler spoke in Dorval, S.C., on Monday and said the vote was fair.",
  ])("is a place, no organization: %s", (text) => {
    expect(names(text).filter((n) => /^(?:[A-Z]\.)+$/.test(n))).toEqual([]);
  });
});

describe("a political action committee", () => {
  it("named only by the common noun 'super PAC' is no actor", () => {
    const text = "A super PAC backing Lena Tyler spent heavily. Tyler said super PACs were legal.";
    expect(names(text).some((n) => /PAC/.test(n))).toBe(false);
  });

  it("keeps its own name when the name ends in PAC", () => {
    const text = "The Dorval Families PAC paid for the ads, Lena Tyler said.";
    expect(names(text)).toContain("Dorval Families PAC");
  });
});
