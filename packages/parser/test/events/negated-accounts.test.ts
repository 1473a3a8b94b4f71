import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: one accused of an act who says, of itself, that it did
// not do that act denies it; a negated statement about anything else ("did not
// expect the verdict", "would not resign") denies nothing.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "mbeki", names: ["Sipho Mbeki", "Mbeki"], kind: "person" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

const denials = (text: string) => {
  const doc = run(text);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("the accused saying it did not do the act", () => {
  it("reads a quoted 'I did not forge' after an accusation of forging", () => {
    expect(
      denials('Mbeki accused Halloran of forging the land deeds. "I did not forge anything," Halloran said.'),
    ).toEqual(["halloran: I did not forge anything"]);
  });

  it("reads a reported 'he had never bribed' after an agentless charge", () => {
    expect(
      denials("Mbeki was charged with bribing two harbour inspectors. Mbeki said he had never bribed anyone."),
    ).toEqual(["mbeki: he had never bribed anyone"]);
  });

  it("does not read a negated statement about something else as a denial", () => {
    expect(
      denials("Mbeki was charged with bribing two harbour inspectors. Mbeki said he did not expect the verdict."),
    ).toEqual([]);
  });

  it("does not read a negation by one never accused as a denial", () => {
    expect(
      denials(
        'Mbeki accused Halloran of forging the land deeds. "I did not forge anything," the clerk Sipho Mbeki said.',
      ),
    ).toEqual([]);
  });
});
