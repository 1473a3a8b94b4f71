import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: "opposition" as the parties against a government, and as a stance.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("a bare 'opposition'", () => {
  it("names the state's opposition after 'the', as a clause's subject or an object", () => {
    expect(names("Poland held a vote. The opposition said the count was rigged.")).toContain("Polish opposition");
    expect(names("Poland held a vote. The premier wants to talk with the opposition.")).toContain("Polish opposition");
  });
  it.each([
    "Poland held a vote. She faced fierce opposition from the unions.",
    "Poland held a vote. The firm did opposition research for the premier.",
    "Poland held a vote. Mr. Dole, then in the opposition, flew home.",
    "Poland held a vote. The opposition he faced in the party was strong.",
  ])("is a stance or a place on the benches, no body: %s", (text) => {
    expect(names(text)).not.toContain("Polish opposition");
  });
});

describe("an 'opposition' that opens a sentence or names its parties", () => {
  it("is the body", () => {
    expect(names("Poland held a vote. Opposition claims victory in the count.")).toContain("Polish opposition");
    expect(names("Poland held a vote. Members of opposition parties said the count was rigged.")).toContain(
      "Polish opposition",
    );
  });
});
