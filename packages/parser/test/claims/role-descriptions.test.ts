import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a definite description of one person's roles speaks for the person it describes.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  return claim ? claim.speaker : undefined;
};

describe("role descriptions", () => {
  it("two roles joined by 'and', with names that only modify them, are one person's", () => {
    const text =
      'Sen. Tom Lee spoke first, attacking President Ann Roe on Tuesday. "We warned that the plan would fail while President Roe stood by," the Ruritania senator and Harbor Party presidential candidate said.';
    expect(speakerOf(text, "the Ruritania senator and Harbor Party presidential candidate")).toBe("tom-lee");
  });

  it("a name inside the quotation the description reports is not who it describes", () => {
    const text = 'Tom Lee spoke to reporters on Monday. "Ann Roe has done nothing for this town," the candidate said.';
    expect(speakerOf(text, "the candidate")).toBe("tom-lee");
  });

  it("the role before a prepositional phrase heads the description", () => {
    const text =
      "Tom Lee told reporters that he would win. The presidential nominee for the November election later said he was joking.";
    expect(speakerOf(text, "The presidential nominee for the November election")).toBe("tom-lee");
  });

  it("an owner's phrase after the role heads another noun: 'the secretary of state's website'", () => {
    const text =
      "Ann Roe won the vote, the count showed. About 300 ballots were still open, according to the Ruritania secretary of state's website.";
    expect(speakerOf(text, "the Ruritania secretary of state's website")).not.toBe("ann-roe");
  });

  it("'the president of <body>' names the body's officer, not a president named before", () => {
    const text =
      "President Ann Roe spoke on Monday. Tom Lee, the president of the Harbor Workers Union, said the strike would go on.";
    expect(speakerOf(text, "Tom Lee, the president of the Harbor Workers Union")).not.toBe("ann-roe");
  });
});
