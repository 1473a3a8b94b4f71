import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: a person named at a sentence's start, then a
// description opening with "a"/"an" before the cue ("Dean Roe, a salesman from Dayton, Ohio,
// says"), speaks; a name right after an inverted-looking cue that an auxiliary follows ("says
// Lind will win") opens the report, it does not speak it.
function claims(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string | null) => (id ? (a.actors.find((x) => x.id === id)?.name ?? id) : "nobody");
  return a.claims.map((c) => `${name(c.speaker)}: ${a.text.slice(c.content.start, c.content.end)}`);
}

describe("a person described before the cue", () => {
  it("gives the claim to the person, not to the place inside the description", () => {
    expect(
      claims("Voters Speak\n\nDean Roe, a 55-year-old salesman from Dayton, Ohio, said the plan would fail."),
    ).toEqual(["Dean Roe: the plan would fail"]);
  });

  it("steps over an age and a body inside the description", () => {
    expect(
      claims(
        "Voters Speak\n\nLance Okafor, 49, a Navy veteran who now works for the Air Force, said the tax was unfair.",
      ),
    ).toEqual(["Lance Okafor: the tax was unfair"]);
  });
});

describe("a name after the cue that an auxiliary follows", () => {
  it("reads 'says Lind will win' as the report, spoken by the subject before the cue", () => {
    expect(claims("Voters Speak\n\nDean Roe, a salesman from Dayton, Ohio, says Lind will win the state.")).toEqual([
      "Dean Roe: Lind will win the state",
    ]);
  });

  it("still reads a trailing inverted cue ('..., said Lind.') as Lind's", () => {
    expect(claims("Voters Speak\n\nThe tax was unfair, said Maria Lind.")).toEqual(["Maria Lind: The tax was unfair"]);
  });
});
