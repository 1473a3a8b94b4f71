import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: the capitalised name of a programme, a bill or a law before its noun.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("names of programmes, bills and laws", () => {
  it("reads the words before a programme's noun as its name, not a participant", () => {
    const found = names("She backed the Deferred Action for Childhood Arrivals program and the Head Start program.");
    expect(found).not.toContain("Deferred Action");
    expect(found).not.toContain("Childhood Arrivals");
    expect(found).not.toContain("Start");
    expect(names("He voted against the Brady bill twice, aides said.")).not.toContain("Brady");
  });
  it("keeps a known body or a place before the noun", () => {
    expect(names("Senators rejected the Senate bill on Monday.")).toContain("Senate");
  });
  it("keeps a name the text also uses on its own", () => {
    const found = names("Voters rejected the SVP initiative in March. The SVP said it would try again.");
    expect(found.some((n) => n.includes("SVP"))).toBe(true);
  });
});
