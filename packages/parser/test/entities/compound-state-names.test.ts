import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a state whose name or demonym holds a compass word or a possessive.
const aliasesOf = (text: string, name: string) =>
  parseArticle(text).actors.find((a) => a.kind === "country" && a.name === name)?.aliases ?? [];
const countries = (text: string) =>
  parseArticle(text)
    .actors.filter((a) => a.kind === "country")
    .map((a) => a.name);

describe("states named by several words", () => {
  it("reads a demonym of two words whole before a body or a group", () => {
    expect(aliasesOf("Analysts doubted the claims of the North Korean regime on Monday.", "North Korea")).toContain(
      "North Korean regime",
    );
    expect(countries("South Sudanese officials said the talks had failed.")).toEqual(["South Sudan"]);
  });
  it("reads a name with a possessive inside it whole", () => {
    expect(countries("He urged the [Democratic People’s Republic of Korea] to comply.")).toEqual(["North Korea"]);
    expect(countries("The People's Republic of China said nothing.")).toEqual(["China"]);
  });
  it("still ends a state's name at its possessive", () => {
    expect(countries("China's Foreign Ministry said the talks had failed.")).toContain("China");
  });
});
