import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a state's name, a body the gazetteer knows, a title and a person in one
// capitalised run are four things, not one organization's long name.
describe("a state, a known body, a title and a person in one run", () => {
  const text =
    "On Monday, United States House of Representatives Speaker Karen Walsby scheduled a vote. Walsby said it was overdue.";

  it("finds the person, titled, and no organization named after her", () => {
    const parsed = parseArticle(text);
    const person = parsed.actors.find((a) => a.name === "Karen Walsby");
    expect(person?.kind).toBe("person");
    expect(person?.title).toBe("Speaker");
    expect(parsed.actors.some((a) => a.kind === "organization" && a.name.includes("Walsby"))).toBe(false);
  });

  it("gives the lone surname later on to the same person", () => {
    const parsed = parseArticle(text);
    const start = text.lastIndexOf("Walsby said");
    const mention = parsed.mentions.find((m) => m.start === start);
    expect(parsed.actors.find((a) => a.id === mention?.actor)?.name).toBe("Karen Walsby");
  });

  it("keeps a state's name before a body alone as that body's name", () => {
    const parsed = parseArticle("The United States House of Representatives voted on Friday.");
    expect(parsed.actors.map((a) => a.name)).toContain("United States House of Representatives");
  });
});
