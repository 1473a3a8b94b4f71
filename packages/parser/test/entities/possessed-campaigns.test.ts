import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a person's possessive before "campaign".
const actors = (text: string) => parseArticle(text).actors;

describe("a person's campaign named by a possessive", () => {
  it("reads the possessive and 'campaign' as the campaign, a body of its own", () => {
    const found = actors("Jo Roe spoke on Monday. Roe’s campaign has argued that voters will learn more.");
    expect(found.find((a) => a.name === "Roe campaign")?.kind).toBe("organization");
    expect(found.map((a) => a.name)).toContain("Jo Roe");
  });
  it("leaves a campaign's noun that modifies another to the person", () => {
    const names = actors("Al Poe's campaign chairman Jo Roe resigned on Friday.").map((a) => a.name);
    expect(names).not.toContain("Al Poe campaign");
    expect(names).toContain("Jo Roe");
  });
});

describe("a person's office named by a possessive", () => {
  it("is a body of its own where it speaks or acts", () => {
    const found = actors(
      "Senator Lia Marsh's office denied the report. Marsh's office strongly rejected the claim on Friday.",
    );
    const office = found.filter((a) => a.name === "Lia Marsh's office");
    expect(office).toHaveLength(1);
    expect(office[0]?.kind).toBe("organization");
    expect(office[0]?.aliases).toContain("Marsh's office");
    expect(found.map((a) => a.name)).toContain("Lia Marsh");
  });
  it("leaves an office that is only a place to the person", () => {
    const names = actors("Lia Marsh met the donors in Marsh's office on Monday.").map((a) => a.name);
    expect(names).not.toContain("Lia Marsh's office");
  });
});
