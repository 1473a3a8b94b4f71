import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: the speaker's own group, named by a possessive that
// stands for the speaker, is the subject of a negated account as "we" would
// be; a possessive of the wrong kind, or a plain negation with nothing
// countered, is no denial.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "okafor", names: ["Chidi Okafor", "Okafor"], kind: "person" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("a negated account of the speaker's own group", () => {
  it("reads 'her group never worked with' after an insisting cue", () => {
    expect(denials("Halloran insisted her group never worked with Okafor.")).toEqual([
      "halloran: her group never worked with Okafor",
    ]);
  });

  it("does not read a body's possessive for a person, or a plain negation", () => {
    expect(denials("Halloran insisted its group never worked with Okafor.")).toEqual([]);
    expect(denials("Halloran said her group did not expect the vote.")).toEqual([]);
  });
});
