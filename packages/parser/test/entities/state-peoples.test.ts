import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "the" and a demonym that is its own plural, standing for the state's people.
const countries = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "country")
    .map((a) => a.name);

describe("a state's people named by an uninflected demonym", () => {
  it("reads the demonym before a verb as the state", () => {
    expect(countries("The British relinquished control of the port in 1997.")).toContain("United Kingdom");
    expect(countries("Officials said the Chinese would respond within days.")).toContain("China");
  });
  it("reads the demonym closing a phrase as the state", () => {
    expect(countries("He said he could take on the Russians and the Chinese.")).toContain("China");
  });
  it("leaves a demonym that qualifies a noun alone", () => {
    expect(countries("The Japanese delegation arrived on Monday.")).not.toContain("Japan");
  });
});
