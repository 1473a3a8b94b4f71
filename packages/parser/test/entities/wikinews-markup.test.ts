import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented texts in Wikinews' markup: a language tag's foreign words and an interviewer's initials name no one.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("Wikinews markup", () => {
  it("reads no names in the foreign words after a language tag", () => {
    const text =
      'Senator Ana Ruiz said, "If they confirm me, I will stay." ((es))Spanish language: \u200dSi el Congreso me confirma, me quedo The vote was set for Monday.';
    const found = names(text);
    expect(found).toContain("Ana Ruiz");
    expect(found.some((n) => /Congreso|Si el/.test(n))).toBe(false);
  });
  it("reads no body in an interviewer's initials", () => {
    const text =
      "Wikinews spoke to Jo Roe of the Arden Trust.\n\n((WN))  Why did you start?\n\n((Jo Roe))  I was bored.";
    expect(names(text)).not.toContain("WN");
  });
});
