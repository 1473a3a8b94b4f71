import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: an emphatic negation of one's own saying ("I never said
// that") denies a claim about the speaker; of one's own deed ("I put no
// pressure on anyone whatsoever") it denies only after the speaker was accused,
// though its words differ from the allegation's. A modal, a verb of thought,
// a plain negation, or a pronoun that cannot be the speaker denies nothing.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "mbeki", names: ["Sipho Mbeki", "Mbeki"], kind: "person" as const },
  { id: "harbour_board", names: ["the Harbour Board", "Harbour Board"], kind: "organization" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

const ACCUSED = "Mbeki accused Halloran of bribing two harbour inspectors.";

describe("an emphatic negation of the speaker's own act", () => {
  it("reads an accused speaker's 'no ... whatsoever' in other words than the allegation's", () => {
    expect(denials(`${ACCUSED} "I put no pressure on anyone whatsoever," Halloran said.`)).toEqual([
      "halloran: I put no pressure on anyone whatsoever",
    ]);
  });

  it("reads a doubly emphatic 'never ... anybody' with no accusation told", () => {
    expect(denials('"I never threaten anybody," Halloran said.')).toEqual(["halloran: I never threaten anybody"]);
  });

  it("reads a singly emphatic deed only after an accusation", () => {
    expect(denials(`${ACCUSED} "We never paid the inspectors," Halloran said.`)).toEqual([
      "halloran: We never paid the inspectors",
    ]);
    expect(denials('"We never paid the inspectors," Halloran said.')).toEqual([]);
  });

  it("reads no denial in a negated saying of a negation ('never said there were no ...'), which owns up", () => {
    expect(denials('"We never said there were no inspectors there at all," Halloran said.')).toEqual([]);
  });

  it("reads 'I never said that' without an accusation", () => {
    expect(denials('"I never said that," Halloran told reporters.')).toEqual(["halloran: I never said that"]);
  });

  it("does not read a deed's negation by one never accused", () => {
    expect(denials('"I never visited the port," Halloran said.')).toEqual([]);
  });

  it("does not read a modal, a thought or a plain negation", () => {
    expect(denials(`${ACCUSED} "We will never accept any deal," Halloran said.`)).toEqual([]);
    expect(denials(`${ACCUSED} "I never expected any of this," Halloran said.`)).toEqual([]);
    expect(denials(`${ACCUSED} "I did not sleep well," Halloran said.`)).toEqual([]);
    expect(denials('"I have never seen anything like it," Halloran said.')).toEqual([]);
  });

  it("does not take 'he' in a body's report for the body itself", () => {
    expect(
      denials("Mbeki accused the Harbour Board of bribing inspectors. The Harbour Board said he never paid any fee."),
    ).toEqual([]);
  });
});

describe("a negated saying", () => {
  it("reads 'I didn't say any such thing' but not the habitual 'I don't say'", () => {
    expect(denials('"I didn\'t say any such thing," Halloran told reporters.')).toEqual([
      "halloran: I didn't say any such thing",
    ]);
    expect(denials('"I don\'t say anything in private that I would not say in public," Halloran said.')).toEqual([]);
  });

  it("ends the evidence with its sentence", () => {
    expect(denials('"I never said that. I never said anything of the kind," Halloran said.')).toEqual([
      "halloran: I never said that",
      "halloran: I never said anything of the kind",
    ]);
  });
});

describe("a quote of several sentences", () => {
  it("reads the negation in a later sentence of the quote", () => {
    expect(denials(`${ACCUSED} "This is a witch hunt. I never paid anyone anything," Halloran said.`)).toEqual([
      "halloran: I never paid anyone anything",
    ]);
  });

  it("does not double 'never ever' nor read 'never had to'", () => {
    expect(denials('"I never ever stole a car," Halloran said.')).toEqual([]);
    expect(denials('"We have never had to close any store," Halloran said.')).toEqual([]);
  });
});
