import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: an official finding accuses the actor its clause opens
// on, or whose act it opens on ("the governor's order"), however far the wrong
// word stands; an opening "In finding ..." speaks for the subject after its
// comma, and a bare "the court" for the story's court.
const ACTORS = [
  ...WORLD,
  { id: "varga", names: ["Ilona Varga", "Varga"], kind: "person" as const },
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  { id: "high_court", names: ["the High Court of Arden", "High Court of Arden"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("official findings", () => {
  it("reads an opening 'In finding X was improperly ...' as the main subject's accusation", () => {
    expect(
      pairs("In finding Okafor was improperly elected as mayor, the High Court of Arden also struck down a city rule."),
    ).toContain("high_court>okafor");
  });

  it("reads a bare court's finding against the owner of an act, with the wrong far from the name", () => {
    expect(
      pairs(
        'Okafor petitioned the High Court of Arden. The appeals court found Varga\'s letter to the city council "was driven by the improper aim of silencing the council and is unlawful."',
      ),
    ).toContain("high_court>varga");
  });

  it("does not read a finding that the act was lawful", () => {
    expect(
      pairs(
        "Okafor petitioned the High Court of Arden. The appeals court found Varga's letter to the council was lawful.",
      ),
    ).toEqual([]);
  });

  it("does not read a negated improper act", () => {
    expect(
      pairs("In finding Okafor was not improperly elected, the High Court of Arden dismissed the petition."),
    ).toEqual([]);
  });
});

describe("a ruling against an actor's act", () => {
  it("'Judge X ruled Y's practice ... is unconstitutional' accuses Y: a ruling is a finding", () => {
    expect(
      pairs(
        "On Friday, Judge Ilona Varga ruled the Swedish government's practice of detaining migrants without trial is unconstitutional.",
      ),
    ).toContain("varga>sweden");
  });
});
