import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a title word that is also a modifier ("general", "executive", "justice",
// "chief") before a lower-case noun modifies that noun ("the general election", "an executive
// order"): no person is described there, so no named holder of the title absorbs it.
const aliasesOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.aliases ?? [];

describe("a title word modifying the noun after it", () => {
  it("does not read 'the general election' as the Governor General", () => {
    const text =
      "Governor General Mara Lindqvist opened the session on Monday. Voters go to the polls in the general election next month, Lindqvist said.";
    expect(aliasesOf(text, "Mara Lindqvist")).not.toContain("general");
  });

  it("does not read 'an executive order' as the chief executive", () => {
    const text =
      "Chief Executive Tomas Ferrant spoke on Tuesday. The council challenged an executive order on housing, Ferrant said.";
    expect(aliasesOf(text, "Tomas Ferrant")).not.toContain("executive");
  });

  it("still reads 'the general' who acts as the general named before", () => {
    const text =
      "General Ivo Marsh commanded the northern front. On Friday the general said the troops would withdraw.";
    expect(aliasesOf(text, "Ivo Marsh")).toContain("general");
  });

  it("still reads 'the chief executive' who speaks as the chief executive", () => {
    const text = "Chief Executive Tomas Ferrant spoke on Tuesday. The chief executive said the plan would go ahead.";
    expect(aliasesOf(text, "Tomas Ferrant")).toContain("chief executive");
  });
});
