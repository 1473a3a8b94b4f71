import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented stories read by the whole pipeline: inside a direct quote, a first-person subject
// of an accusing verb ("I blame", "we condemn") is the quote's speaker, also when the speaker
// is named after the quote ('"...," Jones said'), the commonest layout of a quote in news.
function accusations(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.accusations.map((x) => `${name(x.accuser)} > ${x.accused.map(name).join(", ")}`);
}

describe("a first-person accuser inside a quote", () => {
  it("takes the speaker named after the quote for 'I blame X for'", () => {
    expect(
      accusations(
        'Mother Speaks Out\n\nMary Jones lost her son in the fire.\n\n"I blame Senator Tom Baker personally for the death of my son," Jones said on Tuesday.',
      ),
    ).toContain("Mary Jones > Tom Baker");
  });

  it("takes the speaker named after 'said' for 'we condemn X'", () => {
    expect(
      accusations(
        'Council Row\n\n"We strongly condemn Mayor Rita Olsen for her silence," said council member Ann Lee.',
      ),
    ).toContain("Ann Lee > Rita Olsen");
  });

  it("reads nothing from a denied blame ('I do not blame X')", () => {
    expect(
      accusations('Council Row\n\n"I do not blame Mayor Rita Olsen for the storm," said council member Ann Lee.'),
    ).toEqual([]);
  });
});
