import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { parseClaimsAndEvents } from "./make-doc.js";

// Invented sentences: a one-phrase rebuttal ("It's nonsense") right after
// another side's claim about its speaker, and "He's always denied it" in a
// quote, where the pronoun stands for the person named before, not the speaker.
const ACTORS = [
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "mbeki", names: ["Sipho Mbeki", "Mbeki"], kind: "person" as const },
  { id: "okafor", names: ["Ngozi Okafor", "Okafor"], kind: "person" as const },
  { id: "reporters", names: ["reporters"], kind: "group" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

describe("a one-phrase rebuttal of a claim about the speaker", () => {
  it("reads 'It's nonsense' after another's claim naming the speaker as a denial", () => {
    expect(
      denials(`Mbeki said on Saturday that Halloran was the port's worst manager. "It's nonsense," Halloran said.`),
    ).toEqual(["halloran: It's nonsense"]);
  });

  it("reads none after a claim that does not name the speaker", () => {
    expect(denials(`Mbeki said on Saturday that the port was badly run. "It's nonsense," Halloran said.`)).toEqual([]);
  });
});

// the whole pipeline: the quote's pronouns are resolved by the actor stage
function wholeDenials(text: string): string[] {
  const a = parseArticle({ kind: "text", text }, { referenceDate: "2031-04-10" });
  const name = (id: string) => a.actors.find((x) => x.id === id)?.name ?? id;
  return a.denials.map((d) => `${name(d.denier)}: ${a.text.slice(d.evidence.start, d.evidence.end)}`);
}

describe("a quoted 'he has denied it' of another person", () => {
  it("gives the denial to the person named before the pronoun, not to the quote's speaker", () => {
    expect(
      wholeDenials(
        `Port chief under fire\n\nBrigid Halloran said there was no evidence of Ngozi Okafor's involvement. "If he has paid reporters, that's terrible," Halloran said. "He's always denied it."`,
      ),
    ).toEqual(["Ngozi Okafor: He's always denied it.\""]);
  });

  it("gives none to the speaker when no other person is named before it", () => {
    expect(
      wholeDenials(
        `Port chief under fire\n\n"If he has paid reporters, that's terrible. He's always denied it," Brigid Halloran said.`,
      ),
    ).toEqual([]);
  });
});
