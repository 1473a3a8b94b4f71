import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const affiliationOf = (text: string, name: string) => {
  const parsed = parseArticle(text);
  const actor = parsed.actors.find((a) => a.name === name);
  return parsed.actors.find((a) => a.id === actor?.affiliation)?.name;
};

// Invented stories: a body named right after a state's possessive belongs to that state, even
// in a story whose other bodies are another state's.
describe("a named body after a state's possessive", () => {
  const story =
    "United States prosecutors charged nine men on Friday. The United States Department of Justice said the " +
    "men ran a fraud ring across the United States. The United States has long fought such rings, and the " +
    "United States will seek long sentences. The FBI and the United States Secret Service made the arrests. " +
    "Paula Grant of Canada's National Fraud Bureau said her officers had helped.";

  it("gives the body the possessing state, not the state the story is about", () => {
    expect(affiliationOf(story, "National Fraud Bureau")).toBe("Canada");
  });

  it("still ties the person 'of' the body to the body", () => {
    expect(affiliationOf(story, "Paula Grant")).toBe("National Fraud Bureau");
  });

  it("leaves a national body with no possessive to the story's state", () => {
    const text =
      "United States prosecutors charged nine men on Friday. The United States Department of Justice said the " +
      "men ran a fraud ring across the United States. The United States has long fought such rings, and the " +
      "United States will seek long sentences. The National Fraud Bureau said it had helped.";
    expect(affiliationOf(text, "National Fraud Bureau")).toBe("United States");
  });
});
