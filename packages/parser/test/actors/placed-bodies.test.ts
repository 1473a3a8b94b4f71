import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a bare body its own clause places takes that place's state, not the most-named one.
const affiliationOf = (text: string, surface: string) => {
  const r = parseArticle(text);
  const actor = r.actors.find((a) => a.aliases.includes(surface));
  return r.actors.find((a) => a.id === actor?.affiliation)?.name ?? null;
};

const lead = "Russia said on Sunday that Russia would answer. Russia has denied the claim. ";

describe("bodies their clause places", () => {
  it("takes a territory named after 'in' in the body's clause", () => {
    const text = `${lead}Police arrested three activists in Hong Kong on Monday.`;
    expect(affiliationOf(text, "Police")).toBe("Hong Kong");
  });

  it("takes the country of a capital right after the body", () => {
    const text = `${lead}Police in Minsk detained two reporters.`;
    expect(affiliationOf(text, "Police")).toBe("Belarus");
  });

  it("takes a place that opens the body's sentence", () => {
    const text = `${lead}In Hong Kong, police arrested three activists. Russia denied any role.`;
    expect(affiliationOf(text, "police")).toBe("Hong Kong");
    // named by the territory, not by "Hong Konger", a demonym built on its name
    expect(parseArticle(text).actors.map((a) => a.name)).toContain("Hong Kong police");
  });

  it("names a body by its demonym, and by the name only when the demonym is the name plus '-er'", () => {
    const names = parseArticle(`${lead}Police in Vilnius detained him.`).actors.map((a) => a.name);
    expect(names).toContain("Lithuanian police");
  });

  it("leaves an embassy's state alone, and a place that opens a longer name", () => {
    expect(affiliationOf(`${lead}The embassy in Minsk said nothing.`, "embassy")).toBe("Russia");
    expect(affiliationOf(`${lead}Police allowed only a rally in Victoria Park.`, "Police")).toBe("Russia");
  });

  it("keeps the article's country when the place is in another sentence", () => {
    const text = `${lead}Prosecutors opened a case. Two reporters were held in Minsk.`;
    expect(affiliationOf(text, "Prosecutors")).toBe("Russia");
  });
});
