import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a firm's name joined by "&", then a title and its holder.
describe("a title after a firm's '&' name", () => {
  it("ends the firm before the title and gives the holder the firm", () => {
    const text = "In a memo, Q&R Freight CEO Dana Wilde said the trucks were late.";
    const actors = parseArticle(text).actors;
    const firm = actors.find((a) => a.name === "Q&R Freight");
    const wilde = actors.find((a) => a.name === "Dana Wilde");
    expect(firm?.kind).toBe("organization");
    expect(wilde?.kind).toBe("person");
    expect(wilde?.affiliation).toBe(firm?.id);
  });

  it("keeps a firm's '&' name whole when no title follows", () => {
    const names = parseArticle("Ferris & Lowe said profits rose in May.").actors.map((a) => a.name);
    expect(names).toContain("Ferris & Lowe");
  });
});
