import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: one name written with and without its accents is one actor.
const actorsNamed = (text: string, name: string) =>
  parseArticle(text).actors.filter((a) => a.aliases.some((al) => al.includes(name)));

describe("accent variants of one name", () => {
  it("merges a full name written with and without its accents", () => {
    const text = "Jose Martínez arrived on Monday. José Martínez said the vote was fair. Jose Martinez left.";
    expect(actorsNamed(text, "Mart")).toHaveLength(1);
  });
});
