import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a document named by its author's name before the noun speaks for that author.
const speakerOf = (text: string, source: string) => {
  const r = parseArticle(text);
  const claim = r.claims.find((c) => c.source && r.text.slice(c.source.start, c.source.end) === source);
  return claim ? claim.speaker : undefined;
};

describe("a document named by its author", () => {
  it("'a new Daily Planet-Gallup poll': the first of two names run together, not a person in the sentence", () => {
    const text =
      "The Daily Planet reported on Monday. More voters see Tom Lee as likable than they did in May, according to a new Daily Planet-Gallup poll.";
    expect(speakerOf(text, "a new Daily Planet-Gallup poll")).toBe("daily-planet");
  });
});
