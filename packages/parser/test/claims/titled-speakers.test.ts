import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a definite role description or a coordinated subject finds the one who speaks.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  return claim ? claim.speaker : undefined;
};

describe("titled speakers", () => {
  it("'the archbishop said': the person the article titled so, past a closer person", () => {
    const text =
      "Archbishop Tom Lee led the mass on Sunday. Ann Roe, a lawyer, attended. The archbishop said that prayer was needed.";
    expect(speakerOf(text, "The archbishop")).toBe("tom-lee");
  });

  it("'the president' is the one titled President, not the President-elect named closer", () => {
    const text =
      "President Ann Roe lost the election to President-elect Tom Lee on Monday. The president said the count was wrong.";
    expect(speakerOf(text, "The president")).toBe("ann-roe");
  });

  it("'<name> and others in <body> warned': the named conjunct speaks, not the body", () => {
    const text = "Tom Lee and others in the Harbor Party warned that the delay was a threat.";
    expect(speakerOf(text, "Tom Lee and others in the Harbor Party")).toBe("tom-lee");
  });
});
