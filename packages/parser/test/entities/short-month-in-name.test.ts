import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// A month's short form after a family name is the given name, not the month.
describe("a short month as a name's word", () => {
  it("keeps 'Ai Jun' whole", () => {
    const r = parseArticle('"His ideas are far from heartwarming," columnist Ai Jun wrote in the paper on Friday.');
    expect(r.actors.map((a) => a.name)).toContain("Ai Jun");
    expect(r.actors.map((a) => a.name)).not.toContain("Ai");
  });

  it("leaves a month before its day alone", () => {
    const r = parseArticle("Senator Mary Stone spoke on Jun 5 in Boston about the budget.");
    expect(r.actors.map((a) => a.name)).not.toContain("Boston Jun");
    expect(r.actors.map((a) => a.name)).toContain("Mary Stone");
  });
});
