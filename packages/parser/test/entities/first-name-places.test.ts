import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences: a first name before a place's head word names a place, not a person.
const names = (text: string) => parseArticle(text).actors.map((a) => a.name);

describe("places named after people", () => {
  it("reads a first name and a place head as a place", () => {
    const text = "Protesters gathered in Lincoln Square on Friday. Police said the crowd left Harold Valley by noon.";
    expect(names(text)).not.toContain("Lincoln Square");
    expect(names(text)).not.toContain("Harold Valley");
  });
  it("keeps a surname that is also a place head for a person, outside a place phrase", () => {
    const text = "Director Ellen Park said the film was finished. Martin Castle, a lawyer, declined to comment.";
    expect(names(text)).toContain("Ellen Park");
    expect(names(text)).toContain("Martin Castle");
  });
  it("reads a surname-like head as a place after a preposition of place", () => {
    expect(names("The concert was held in Jackson Park on Saturday.")).not.toContain("Jackson Park");
  });
});
