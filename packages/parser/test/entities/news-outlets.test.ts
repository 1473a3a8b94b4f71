import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented texts that cite outlets whose names are no media word ("The Verge") or hold a
// country's name ("USA Today", "Voice of America"): the outlet is media, not a place or a state.
const actors = (text: string) => parseArticle(text).actors.map((a) => `${a.name}/${a.kind}`);

describe("news outlets by name", () => {
  it("reads an outlet a speaker talked to", () => {
    const found = actors('"We are looking into it," Mayor Ana Reyes told The Verge on Tuesday.');
    expect(found).toContain("The Verge/media");
  });
  it("reads an outlet whose name holds a country's", () => {
    const found = actors(
      "The plant closed in March, USA Today reported, and Voice of America said 40 workers lost jobs.",
    );
    expect(found).toEqual(expect.arrayContaining(["USA Today/media", "Voice of America/media"]));
    expect(found.some((a) => a.startsWith("United States/"))).toBe(false);
  });
});
