import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: an East Asian name is a family name and a hyphenated given name.
const actors = (text: string) => parseArticle(text).actors.map((a) => [a.name, a.kind, a.aliases]);

describe("hyphenated given names", () => {
  it("finds a family name before a hyphenated given name, even opening a sentence", () => {
    const text = "Moon Jae-in, the governor of the province, resigned on Monday. Moon said he was tired.";
    const found = parseArticle(text).actors.find((a) => a.name === "Moon Jae-in");
    expect(found?.kind).toBe("person");
    expect(found?.aliases).toContain("Moon");
  });
  it("finds one mid-sentence after a title", () => {
    expect(actors("The talks were led by Premier Lin Ye-hua of the island.")).toContainEqual([
      "Lin Ye-hua",
      "person",
      expect.anything(),
    ]);
  });
  it("keeps compound adjectives out of names", () => {
    const names = parseArticle("Several Hong Kong-based lenders joined the Oscar Award-winning director.").actors.map(
      (a) => a.name,
    );
    expect(names.some((n) => /based|winning/.test(n))).toBe(false);
  });
});
