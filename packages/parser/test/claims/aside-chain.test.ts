import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: a name standing alone as the subject, then
// several asides set off by commas or dashes before the cue (an age, a party tag, a participle
// or relative clause with commas of its own). The name speaks.
function claims(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string | null) => (id ? (a.actors.find((x) => x.id === id)?.name ?? id) : "nobody");
  return a.claims.map((c) => `${name(c.speaker)}: ${a.text.slice(c.content.start, c.content.end)}`);
}

describe("a subject before a chain of asides", () => {
  it("steps over a party tag and a participle phrase", () => {
    expect(
      claims(
        "Senate Reacts\n\nSen. Dana Okafor, R-Ohio, appearing on a radio show after the vote, said Lind had failed.",
      ),
    ).toEqual(["Dana Okafor: Lind had failed"]);
  });

  it("steps over an age and a relative clause holding a place with its state", () => {
    expect(
      claims("Voters Speak\n\nWalter Brandt, 58, who lives outside Dayton, Ohio, says the tax was unfair."),
    ).toEqual(["Walter Brandt: the tax was unfair"]);
  });

  it("reads asides set off by dashes, after an opening phrase of time", () => {
    expect(
      claims("Voters Speak\n\nOn Friday, Walter Brandt — a teacher from Dayton — told reporters the tax was unfair."),
    ).toEqual(["Walter Brandt: the tax was unfair"]);
  });

  it("takes the name apposed to an opening description", () => {
    expect(
      claims(
        "Senate Reacts\n\nA former presidential candidate -- Dana Okafor, who lost the 2028 race -- said the plan would fail.",
      ),
    ).toEqual(["Dana Okafor: the plan would fail"]);
  });

  it("gives no single speaker to a coordination of names", () => {
    expect(
      claims("Senate Reacts\n\nDana Okafor, Walter Brandt and Maria Lind, all senators, said the plan would fail."),
    ).not.toContain("Dana Okafor: the plan would fail");
  });
});

describe("asides that hold a list or a quotation", () => {
  it("reads a role whose last words are a list", () => {
    expect(
      claims(
        "Aid Talks\n\nAnne Brandt, assistant secretary for population, refugees, and migration, said the talks had stalled.",
      ),
    ).toEqual(["Anne Brandt: the talks had stalled"]);
  });

  it("lets a relative clause quote", () => {
    expect(
      claims('Voters Speak\n\nWalter Brandt, who called Lind a "menace" last week, said the tax was unfair.'),
    ).toContain("Walter Brandt: the tax was unfair");
  });
});
