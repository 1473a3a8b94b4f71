import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// "Some scientists believe X, while some say Y": a bare quantifier speaks for the group named before it.
function claimOf(text: string, words: string) {
  const parsed = parseArticle(text);
  const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes(words));
  const speaker = parsed.actors.find((a) => a.id === claim?.speaker)?.name ?? null;
  return { found: claim !== undefined, speaker };
}

describe("a bare quantifier as the subject of a reporting verb", () => {
  it("takes the group named earlier in its sentence", () => {
    const text =
      "Some scientists believe the first fliers lived in trees, while some say flight grew up from the ground.";
    expect(claimOf(text, "flight grew up").speaker?.toLowerCase()).toContain("scientists");
  });

  it("takes the group named in the sentence before", () => {
    const text =
      "Many prominent Republicans said they will skip the convention. Others said they are not interested in speaking.";
    expect(claimOf(text, "not interested in speaking").speaker).toMatch(/Republican/);
  });

  it("takes nobody when two groups are named nearby", () => {
    const text = "Republicans and Democrats met on Monday. Most said the talks had gone well.";
    const parsed = parseArticle(text);
    expect(parsed.actors.filter((a) => /Republican|Democrat/.test(a.name)).length).toBe(2);
    const claim = claimOf(text, "gone well");
    expect(claim.found).toBe(true);
    expect(claim.speaker).toBeNull();
  });

  it("takes nobody when no group is named nearby", () => {
    const text = "The dinner was held on Saturday. Others say this is just a rough patch.";
    const claim = claimOf(text, "rough patch");
    expect(claim.found).toBe(true);
    expect(claim.speaker).toBeNull();
  });
});
