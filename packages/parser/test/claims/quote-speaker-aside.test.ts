import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/claims/tokens.js";
import { parseArticle } from "../../src/index.js";

// Invented stories: a quotation whose speaker comes after it with an aside of its own, and the
// newspaper style that writes double quotation marks as two apostrophes.
function claims(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string | null) => (id ? (a.actors.find((x) => x.id === id)?.name ?? id) : "nobody");
  return a.claims.map((c) => `${name(c.speaker)}: ${a.text.slice(c.content.start, c.content.end)}`);
}

describe("a speaker after a quotation, with a relative clause", () => {
  it("gives the quote to the name the relative clause hangs on, not to the sentence before", () => {
    expect(
      claims(
        'Voters Speak\n\nDana Okafor runs a bakery in Dayton. "I never thought the tax would pass," Walter Brandt, who sells cars in Toledo, told reporters.',
      ),
    ).toContain("Walter Brandt: I never thought the tax would pass");
  });

  it("reads a relative clause that holds a place and its state", () => {
    expect(
      claims(
        "Voters Speak\n\nDana Okafor runs a bakery in Dayton. \u201CThe plan is a mistake,\u201D Walter Brandt, who lives in Toledo, Ohio, said on Monday.",
      ),
    ).toContain("Walter Brandt: The plan is a mistake");
  });

  it("gives no speaker when the relative clause runs past the sentence's end", () => {
    expect(
      claims(
        'Voters Speak\n\nDana Okafor runs a bakery. "We will see," Walter Brandt, who sells cars. He said the tax would pass.',
      ).some((c) => c.startsWith("Walter Brandt: We will see")),
    ).toBe(false);
  });
});

describe("a quotation closed by three apostrophes", () => {
  it("reads the nested quote's mark and then the closing double mark", () => {
    const text = "''They say, 'go home,''' said Lee.";
    const marks = tokenize(text)
      .filter((t) => t.kind === "quote")
      .map((t) => t.start);
    // the closing double mark is the last two of the three
    expect(marks).toEqual([0, text.indexOf("''' said") + 1]);
  });

  it("attributes the quote to the speaker named after it", () => {
    expect(
      claims(
        "Voters Speak\n\nDana Okafor runs a bakery in Dayton. ''People tell me, 'Go home, you are not welcome,''' said Walter Brandt, who sells cars in Toledo.",
      ),
    ).toContain("Walter Brandt: People tell me, 'Go home, you are not welcome,'");
  });

  it("keeps three apostrophes that open a quotation as the double mark first", () => {
    const text = "He said, '''Go home' is what they shout.''";
    const marks = tokenize(text)
      .filter((t) => t.kind === "quote")
      .map((t) => t.start);
    expect(marks).toEqual([text.indexOf("'''"), text.lastIndexOf("''")]);
  });
});
