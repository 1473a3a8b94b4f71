import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// "Ann Roe and her lawyers said": two subjects of one reporting verb; the claim is the first's.
function speakerOf(text: string, words: string) {
  const parsed = parseArticle(text);
  const claim = parsed.claims.find((c) => text.slice(c.content.start, c.content.end).includes(words));
  return parsed.actors.find((a) => a.id === claim?.speaker)?.name;
}

describe("coordinated subjects of a reporting verb", () => {
  it("gives the claim to the person before 'and his supporters'", () => {
    const text = "Voting ended on Monday. Ann Roe and her supporters claimed the vote had been rigged.";
    expect(speakerOf(text, "had been rigged")).toBe("Ann Roe");
  });

  it("gives the claim to the person before 'and his aides'", () => {
    const text = "Joe Doe spoke in Iowa. He and his aides believe they can win the state.";
    expect(speakerOf(text, "can win the state")).toBe("Joe Doe");
  });

  it("leaves a clause opened by 'and' alone", () => {
    const text = "Ann Roe met Joe Doe on Monday, and his lawyers said the talks had gone well.";
    expect(speakerOf(text, "gone well")).toBe("lawyers");
  });
});
