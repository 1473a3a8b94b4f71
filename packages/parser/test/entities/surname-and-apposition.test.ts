import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a surname that spells a capital, and a body's noun in apposition.
const actors = (text: string) => parseArticle(text).actors;

describe("names the words around them settle", () => {
  it("reads a capital that is a named person's surname as that person", () => {
    const found = actors("The attacker, identified as Tomas Amman, was shot. Police said Amman acted alone.");
    expect(found.find((a) => a.name === "Tomas Amman")?.aliases).toContain("Amman");
    expect(found.map((a) => a.name)).not.toContain("Jordan");
  });
  it("keeps the capital its state's when the text names the state", () => {
    const found = actors("Jordan's king met Tomas Amman on Monday. Amman said the talks with Jordan went well.");
    expect(found.map((a) => a.name)).toContain("Jordan");
  });
  it("types a name with a body's noun in apposition as an organization", () => {
    const found = actors("He once worked at Kessler Brandt Holt, an investment bank.");
    expect(found.find((a) => a.name === "Kessler Brandt Holt")?.kind).toBe("organization");
  });
  it("reads an occupation's noun before a first name as a title", () => {
    const found = actors(
      "Historian Darcy Ruddle picked the winner. Doctors at Baylor Scott and White Medical Center agreed.",
    );
    expect(found.find((a) => a.name === "Darcy Ruddle")?.title).toBe("Historian");
    expect(found.map((a) => a.name)).toContain("Baylor Scott and White Medical Center");
  });
});
