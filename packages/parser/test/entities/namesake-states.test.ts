import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const summary = (text: string) => {
  const parsed = parseArticle(text);
  const byId = new Map(parsed.actors.map((a) => [a.id, a]));
  return {
    countries: parsed.actors.filter((a) => a.kind === "country").map((a) => a.name),
    affiliationOf: (name: string) => byId.get(parsed.actors.find((a) => a.name === name)?.affiliation ?? "")?.name,
  };
};

// Invented stories: a country sharing its name with a state of another country.
describe("a country named like another country's state", () => {
  it("is the state in a story of that other country with no sign of the namesake", () => {
    const s = summary(
      "The United States Senate will vote on the bill on Monday. Senator Mary Hale of Georgia said she would oppose it.",
    );
    expect(s.countries).not.toContain("Georgia");
    expect(s.affiliationOf("Mary Hale")).toBe("United States");
  });

  it("is the state's government where it acts", () => {
    const s = summary("The United States Senate met on Monday. Georgia sued the federal government over the count.");
    expect(s.countries).not.toContain("Georgia");
    expect(s.affiliationOf("Georgia")).toBe("United States");
  });

  it("stays the country when the story gives its demonym or capital", () => {
    const s = summary(
      "Thousands protested in Tbilisi against the government of Georgia on Monday. The United States urged calm. Georgian police detained forty people.",
    );
    expect(s.countries).toContain("Georgia");
  });

  it("stays the country when a title or its possessive follows its name", () => {
    const s = summary(
      "Nigeria and Niger signed a trade deal in Abuja on Friday. Niger's president said the deal would help farmers in Nigeria.",
    );
    expect(s.countries).toContain("Niger");
  });
});
