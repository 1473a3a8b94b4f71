import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// "a government official said": the government is the state the article last named, even when
// the quote's own sentence names none.
describe("a government official speaks for the state named before", () => {
  it("resolves an unnamed government official to the country", () => {
    const text =
      "Moldova closed its border crossings on Tuesday. " +
      '"The crossings will reopen once the roads are repaired," a government official said.';
    const parsed = parseArticle(text);
    const moldova = parsed.actors.find((a) => a.name === "Moldova");
    const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes("crossings will"));
    expect(moldova).toBeDefined();
    expect(claim?.speaker).toBe(moldova?.id);
  });

  it("leaves an official of no government unresolved to a country", () => {
    const text =
      "Moldova closed its border crossings on Tuesday. " + '"The match will go ahead," a league official said.';
    const parsed = parseArticle(text);
    const moldova = parsed.actors.find((a) => a.name === "Moldova");
    const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes("match"));
    expect(claim?.speaker).not.toBe(moldova?.id);
  });
});
