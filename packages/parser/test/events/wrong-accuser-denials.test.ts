import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: a speaker calling whoever charged it wrong for telling
// the charge denies it; calling someone wrong about anything else, or owning
// up to being wrong, denies nothing.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "okafor", names: ["Chidi Okafor", "Okafor"], kind: "person" as const },
  { id: "harbour_board", names: ["the Harbour Board", "Harbour Board"], kind: "organization" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("calling the accuser wrong", () => {
  it("reads 'Okafor is wrong for saying Halloran lied'", () => {
    expect(denials("Halloran said Okafor is “absolutely wrong” for saying Halloran lied to the dockers.")).toEqual([
      "halloran: Okafor is “absolutely wrong” for saying Halloran lied to the dockers",
    ]);
  });

  it("reads a pronoun of the speaker's kind in reported speech", () => {
    expect(denials("Halloran insisted that Okafor was wrong to say she had hidden the accounts.")).toEqual([
      "halloran: Okafor was wrong to say she had hidden the accounts",
    ]);
  });

  it("reads 'me' in a quote", () => {
    expect(denials('"Okafor is wrong to call me a liar," Halloran said.')).toEqual([
      "halloran: Okafor is wrong to call me a liar",
    ]);
  });

  it("does not read own mistakes, impersonal judgements or a charge against another", () => {
    expect(denials('"I was wrong to say we had hidden the accounts," Halloran said.')).toEqual([]);
    expect(denials("Halloran said it was wrong to say the dockers had lied.")).toEqual([]);
    expect(denials("Halloran said Okafor was wrong to say the Harbour Board had lied.")).toEqual([]);
  });

  it("does not read a bare 'he is wrong' from one nobody accused", () => {
    expect(denials('"Okafor is wrong," Halloran said.')).toEqual([]);
  });
});
