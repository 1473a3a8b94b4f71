import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a role description means the one who holds the role now.
const aliasesOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.aliases ?? [];

describe("past holders of a title", () => {
  it("does not give 'the President' to a former president named after the current one", () => {
    const text =
      "President Ana Lopes signed the treaty on Friday. The plan was first drafted by former President Marco Dias in 2009.\n\nThe President said the treaty was overdue.";
    expect(aliasesOf(text, "Ana Lopes")).toContain("President");
    expect(aliasesOf(text, "Marco Dias")).not.toContain("President");
  });
  it("gives 'the President' to the holder the story last named, not to one first named later in an aside", () => {
    const text =
      "President Ana Lopes signed the treaty on Friday. In 1962 President Marco Dias had signed a similar pact with Spain. " +
      "Lopes said the new treaty was stronger.\n\nOpposition leader Rui Melo called on the President to resign.";
    expect(aliasesOf(text, "Ana Lopes")).toContain("President");
    expect(aliasesOf(text, "Marco Dias")).not.toContain("President");
  });
  it("gives it to a past holder when he is the one the story is telling of", () => {
    const text =
      "President Ana Lopes signed the treaty on Friday. In 1962 President Marco Dias had signed a similar pact with Spain. " +
      "Dias was later ousted, and the President fled to Paris.";
    expect(aliasesOf(text, "Marco Dias")).toContain("President");
    expect(aliasesOf(text, "Ana Lopes")).not.toContain("President");
  });
  it("still gives it to a former holder when no current one is named", () => {
    const text = "Former President Marco Dias opened a library on Friday. The president said it was his last project.";
    expect(aliasesOf(text, "Marco Dias").map((a) => a.toLowerCase())).toContain("president");
  });
});

describe("Federal District", () => {
  it("is part of a US judge's title, not Mexico's old capital district", () => {
    const a = parseArticle("On Friday, United States Federal District Judge Ann Roe sentenced the man to life.").actors;
    expect(a.map((x) => x.name)).not.toContain("Federal District");
    expect(a.map((x) => x.name)).not.toContain("Mexico");
    expect(a.find((x) => x.name === "Ann Roe")?.affiliation).toBe("united-states");
  });
});
