import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a participle after a trailing report goes on with that report's speaker.
const speakersOf = (text: string, cue: string) => {
  const r = parseArticle(text);
  return r.claims.filter((c) => r.text.slice(c.cue.start, c.cue.end) === cue).map((c) => c.speaker);
};

describe("a participle after a trailing report", () => {
  it("'<words about X>, Ann Roe said, adding': Ann Roe adds, not X", () => {
    const text = "Tom Lee will meet the mayor next week, Ann Roe said, adding that the talks would be hard.";
    expect(speakersOf(text, "adding")).toEqual(["ann-roe"]);
  });

  it("a main clause's own verb before the participle is no report: 'Ann Roe, a lawyer, praised Tom Lee, saying'", () => {
    const text = "Ann Roe, a lawyer, praised Tom Lee on Monday, saying he had done well.";
    expect(speakersOf(text, "saying")).toEqual(["ann-roe"]);
  });
});
