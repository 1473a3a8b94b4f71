import { describe, expect, it } from "vitest";
import { actorAt, resolveReference } from "../../src/actors/actor-at.js";
import { parseArticle } from "../../src/index.js";

const text =
  "Mr. Antonov was appointed as Russia’s top envoy in Washington in August 2017. " +
  "“All I can see is pressure,” he added. The senior diplomat left for Moscow.";

describe("actorAt and resolveReference", () => {
  const parsed = parseArticle(text);
  // the stages see names, pronouns and descriptions in one list, as here
  const doc = { ...parsed, mentions: [...parsed.mentions, ...parsed.references].sort((a, b) => a.start - b.start) };
  const antonov = doc.actors.find((a) => a.aliases.includes("Antonov"))?.id;
  const russia = doc.actors.find((a) => a.code === "RUS")?.id;

  it("finds the actor of a name, a pronoun and a description at an offset", () => {
    expect(antonov).toBeDefined();
    expect(actorAt(doc, text.indexOf("Antonov") + 2)).toBe(antonov);
    expect(actorAt(doc, text.indexOf("he added"))).toBe(antonov);
    expect(actorAt(doc, text.indexOf("senior diplomat"))).toBe(antonov);
    expect(actorAt(doc, text.indexOf("August"))).toBeNull();
  });

  it("prefers the innermost mention: the country inside a description", () => {
    expect(actorAt(doc, text.indexOf("Russia’s") + 1)).toBe(russia);
  });

  it("resolves a span by overlap, and plain text by alias", () => {
    const at = text.indexOf("The senior diplomat");
    expect(resolveReference(doc, { start: at, end: at + "The senior diplomat".length })).toBe(antonov);
    const m = text.indexOf("Moscow");
    expect(resolveReference(doc, { start: m, end: m + 6 })).toBe(russia);
    expect(resolveReference(doc, { start: 0, end: 0 })).toBeNull();
  });
});
