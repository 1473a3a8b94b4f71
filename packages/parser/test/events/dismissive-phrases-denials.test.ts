import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: words in a speaker's claim that wave an allegation away
// as they name it ("a phony attack", "no evidence of any wrongdoing", "provide
// evidence for their accusations") deny for the speaker when its side was
// accused before; an allegation noun needs no accusation told, unless the
// claim names another side before it. A negation undoes the phrase.
const ACTORS = [
  ...WORLD,
  { id: "halloran", names: ["Brigid Halloran", "Halloran"], kind: "person" as const },
  { id: "okafor", names: ["Chidi Okafor", "Okafor"], kind: "person" as const },
];

const denials = (text: string) => {
  const doc = parseClaimsAndEvents(text, ACTORS);
  return doc.denials.map((d) => `${d.denier}: ${doc.text.slice(d.evidence.start, d.evidence.end)}`);
};

const ACCUSED = "Okafor accused Halloran of bribing two harbour inspectors.";

describe("a dismissive phrase in the accused side's claim", () => {
  it("reads 'a phony attack' after an accusation", () => {
    expect(denials(`${ACCUSED} Halloran said Okafor was mounting a phony attack.`)).toEqual(["halloran: phony attack"]);
  });

  it("reads 'no evidence of any wrongdoing' after an accusation", () => {
    expect(denials(`${ACCUSED} Halloran said there was no evidence of any wrongdoing.`)).toEqual([
      "halloran: no evidence of any wrongdoing",
    ]);
  });

  it("reads an evidence demand for accusations with no accusation told", () => {
    expect(denials('"Critics should provide evidence for their accusations," Halloran said.')).toEqual([
      "halloran: provide evidence for their accusations",
    ]);
  });

  it("reads 'none found any evidence of wrongdoing' with no accusation told", () => {
    expect(denials('"Three audits were held and none found any evidence of wrongdoing," Halloran said.')).toEqual([
      "halloran: none found any evidence of wrongdoing",
    ]);
  });

  it("does not read a phrase of one never accused, or a negated one", () => {
    expect(denials("Halloran said the tabloid ran a phony story about the harbour.")).toEqual([]);
    expect(denials(`${ACCUSED} Halloran said these were not false claims.`)).toEqual([]);
  });

  it("does not read an allegation noun about another side named before it", () => {
    expect(denials("Halloran said Okafor faced baseless accusations from the union.")).toEqual([]);
  });
});
