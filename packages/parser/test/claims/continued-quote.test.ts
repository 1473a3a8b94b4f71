import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a name inside a quotation its speaker went on with is not who "he" is next.
const speakersOf = (text: string, cue: string) => {
  const r = parseArticle(text);
  return r.claims.filter((c) => r.text.slice(c.cue.start, c.cue.end) === cue).map((c) => c.speaker);
};

describe("quotations a speaker goes on with", () => {
  it("a quotation right after a claim's sentence is that speaker's; 'he' after it goes on with them", () => {
    const text =
      '"The plan will fail," said Tom Lee, who led the agency until 2012. "He is wrong about it. Mark Roe was never in charge of the budget."\n\nHe argued that the agency had already cut its staff.';
    expect(speakersOf(text, "argued")).toEqual(["tom-lee"]);
  });

  it("a name an outlet's report holds does not pass 'he' to the outlet", () => {
    const text =
      'Pastor Tom Lee slammed the plan on his radio show, "Mornings with Tom Lee," the Daily Planet first reported.\n\nHe then said the plan was a sin.';
    expect(speakersOf(text, "said")).not.toContain("daily-planet");
  });
});
