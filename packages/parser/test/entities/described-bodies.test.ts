import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a body's common noun introduces the body's full name.
const actors = (text: string) => parseArticle(text).actors.map((a) => `${a.name} [${a.kind}]`);

describe("bodies named after their common noun", () => {
  it("reads the name after 'group', 'PAC' or 'firm' whole, ordinary words and a country's name included", () => {
    const found = actors(
      "An ad from the voter group Mi Casa Vota ran on Monday. The poll, done for the advocacy group Canada's Voice, found little. Pro-Roe super PAC Fairness Now Action bought time.",
    );
    expect(found).toContain("Mi Casa Vota [organization]");
    expect(found).toContain("Canada's Voice [organization]");
    expect(found).toContain("Fairness Now Action [organization]");
    expect(found.some((a) => a.startsWith("Pro-Roe"))).toBe(false);
  });
  it("reads the name an apposition ending in the noun describes as the body", () => {
    const found = actors('"It will be close," said Jo Roe, president of Unity Strategies, a small consulting firm.');
    expect(found).toContain("Unity Strategies [organization]");
    expect(found).toContain("Jo Roe [person]");
  });
  it("leaves a person the text names in full, and a weekday, alone", () => {
    const found = actors(
      "Jo Roe spoke on Monday. The group Roe founded said nothing. The company Monday said it would wait.",
    );
    expect(found).toContain("Jo Roe [person]");
    expect(found).not.toContain("Roe [organization]");
    expect(found).not.toContain("Monday [organization]");
  });
});
