import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a title "of" / "for" a portfolio of common words, then the holder's name.
const person = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name) ?? null;

describe("portfolio titles", () => {
  it("keeps the portfolio in the title, not in the holder's name", () => {
    const text = "The plan was confirmed by Minister of Fisheries Tomas Orvik on Monday.";
    expect(person(text, "Tomas Orvik")?.title).toBe("Minister of Fisheries");
  });

  it("reads a portfolio of several words and a name that no dictionary holds", () => {
    const text = "The attack was condemned by Minister of Foreign Affairs Haddad al-Qirbi yesterday.";
    expect(person(text, "Haddad al-Qirbi")?.title).toBe("Minister of Foreign Affairs");
  });

  it("reads a portfolio after 'for'", () => {
    const text = "Funding was promised by Minister for Rural Transport Aoife Brennan in May.";
    expect(person(text, "Aoife Brennan")?.title).toBe("Minister for Rural Transport");
  });

  it("finds the holder when the title opens the sentence", () => {
    const text = "The storm hit at dawn. Director of Emergency Planning Lena Moss said roads were closed.";
    expect(person(text, "Lena Moss")?.title).toBe("Director of Emergency Planning");
  });

  it("leaves a known place after 'of' to the place", () => {
    const text = "The former Governor of New Mexico Dana Pike spoke in Santa Fe.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Dana Pike");
    expect(names.some((n) => n.includes("Mexico Dana"))).toBe(false);
  });

  it("leaves an institution after 'of' to the institution", () => {
    const text = "Jo Roe, a Senior Counsel of the Civic Liberty Foundation (CLF), wrote to them.";
    const names = parseArticle(text).actors.map((a) => a.name);
    expect(names).toContain("Civic Liberty Foundation");
    expect(names).not.toContain("Foundation");
  });
});

describe("a portfolio before a title", () => {
  it("reads 'security' before a title as the title's portfolio, not as the state's security body", () => {
    const text = "A former Norwegian security official, Lars Dahl, said the fence was useless.";
    const found = parseArticle(text).actors;
    expect(found.map((a) => a.name)).not.toContain("Norwegian security");
    expect(found.find((a) => a.name === "Lars Dahl")?.affiliation).toBe("norway");
  });
  it("keeps the security body when nothing titled follows it", () => {
    const found = parseArticle("Norwegian security forces arrested two men on Monday.").actors.map((a) => a.name);
    expect(found).toContain("Norwegian security forces");
  });
});
