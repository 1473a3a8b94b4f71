import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// "according to witnesses": a group cited as the source of a statement speaks, so it takes part
// and the claim it makes has a speaker.
describe("a group cited with 'according to' takes part", () => {
  it("makes the cited group the claim's speaker", () => {
    const text =
      "A convoy of trucks was stopped outside Varnholm on Sunday. " +
      "According to witnesses, the drivers were pulled from their cabs by armed men.";
    const parsed = parseArticle(text);
    const witnesses = parsed.actors.find((a) => a.name === "witnesses");
    expect(witnesses?.kind).toBe("group");
    const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes("drivers"));
    expect(claim?.speaker).toBe(witnesses?.id);
  });

  it("leaves a group named after 'according to' in other roles out", () => {
    const text = "Ballots from voters in Varnholm were counted according to the rules.";
    const parsed = parseArticle(text);
    expect(parsed.actors.some((a) => a.name === "voters")).toBe(false);
  });
});
