import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: two known names joined by a hyphen qualify the noun after them.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("hyphenated name pairs", () => {
  it("reads two names the text knows, joined before a noun, as no body", () => {
    const found = names("Jo Roe and Ann Lee met Turkey's envoy. A Roe-Lee race looms, and the EU-Turkey deal holds.");
    expect(found).not.toContain("Roe-Lee");
    expect(found).not.toContain("EU-Turkey");
    expect(found).toContain("Jo Roe");
  });
  it("keeps a hyphenated firm whose halves the text never names alone", () => {
    const found = names("Shares of Hewlett-Packard rose, and Coca-Cola shares fell on Monday.");
    expect(found).toContain("Hewlett-Packard");
  });
});
