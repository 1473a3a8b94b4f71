import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "the statement said" speaks for the author the text set beside the statement.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  return claim ? claim.speaker : undefined;
};

describe("a statement speaks for the author set beside it", () => {
  it("'X, in a statement delivered via ..., announced' then 'The statement also said': X, not a body named later", () => {
    const text =
      "Late on Sunday, Ann Roe, in a statement delivered via her press secretary, announced the troops would leave. The Harbor Guild welcomed the move. The statement also said the war was won.";
    expect(speakerOf(text, "The statement")).toBe("ann-roe");
  });

  it("'a statement released by X' then 'the statement said': X", () => {
    const text =
      "A statement released by Ann Roe on Monday thanked the crews. The Harbor Guild met on Tuesday. The statement said the rescue was a success.";
    expect(speakerOf(text, "The statement")).toBe("ann-roe");
  });
});
