import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a role description that names a party is not the person titled with another party.
const aliasesOf = (text: string, name: string) => parseArticle(text).actors.find((a) => a.name === name)?.aliases ?? [];

describe("a role description with a party adjective", () => {
  it("does not go to the holder of the role whom the story titles with another party", () => {
    const text =
      "Democratic presidential candidate Maria Vance said on Sunday that the port deal was unfair. " +
      "Tom Marsh visited the port on Monday. The Republican presidential nominee later said he had been joking.";
    expect(aliasesOf(text, "Maria Vance")).not.toContain("Republican presidential nominee");
  });

  it("still goes to a holder whom the story titles with the same party", () => {
    const text =
      "Republican presidential candidate Tom Marsh said on Sunday that the port deal was unfair. " +
      "The Republican presidential nominee later said he had been joking.";
    expect(aliasesOf(text, "Tom Marsh")).toContain("Republican presidential nominee");
  });
});
