import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { snapToWords } from "../src/snap-to-words.js";

describe("snapToWords", () => {
  const text = "It said Mr. Putin supported former President Trump.";
  const at = (s: string) => text.indexOf(s);
  it.each([
    [
      "a cut inside a word widens to its end",
      { start: 0, end: at("former") + 4 },
      "It said Mr. Putin supported former",
    ],
    ["a start inside a word widens to its start", { start: at("Putin") + 2, end: at(" supported") }, "Putin"],
    ["a span on word boundaries is kept", { start: at("Mr."), end: at(" supported") }, "Mr. Putin"],
    ["a span ending at punctuation is kept", { start: at("Trump"), end: text.length }, "Trump."],
  ])("%s", (_name, span, expected) => {
    const s = snapToWords(text, span);
    expect(text.slice(s.start, s.end)).toBe(expected);
  });

  it("no evidence in a parsed article ends inside a word", () => {
    const article =
      "Washington accused Moscow of trying to interfere in the election. " +
      "It said Mr. Putin authorized a range of intelligence operations intended to support former President Donald Trump’s re-election. " +
      "Russia denied the accusations. The EU imposed sanctions on Russia over the poisoning.";
    const r = parseArticle(article);
    const items = [...r.accusations, ...r.denials, ...r.responses];
    expect(items.length).toBeGreaterThan(0);
    for (const { evidence } of items)
      expect(/\p{L}\p{L}/u.test(article.slice(evidence.end - 1, evidence.end + 1))).toBe(false);
  });
});
