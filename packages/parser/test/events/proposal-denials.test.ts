import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: rejecting an idea, notion or suggestion denies only when
// it carries an allegation (a "that" clause telling a wrong, or the owner
// accused the denier's side before); rejecting a proposal is a response.
const ACTORS = [
  ...WORLD,
  { id: "okafor", names: ["Senator Ruth Okafor", "Okafor"], kind: "person" as const, affiliation: "usa" },
  { id: "brandt", names: ["Governor Hal Brandt", "Brandt"], kind: "person" as const, affiliation: "usa" },
];

function deniers(text: string): string[] {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).denials.map((d) => d.denier);
}

describe("rejecting an idea or suggestion", () => {
  it("a proposal rejected as unworkable is no denial", () => {
    expect(deniers("Brandt rejected the idea as unworkable and too costly.")).toEqual([]);
    expect(deniers("Brandt rejected Okafor's suggestion, saying he would veto the bill.")).toEqual([]);
  });

  it("a 'that' clause proposing something is no denial", () => {
    expect(deniers("Sweden rejected the suggestion that talks should resume next month.")).toEqual([]);
  });

  it("a 'that' clause telling a wrong is a denial", () => {
    expect(deniers("Brandt rejected the suggestion that he had lied to the committee.")).toEqual(["brandt"]);
    expect(deniers("Moscow dismissed the notion that its agents poisoned the defector.")).toEqual(["russia"]);
  });

  it("the owner who accused the denier before: rejecting the owner's suggestion denies", () => {
    const text = "Okafor accused Brandt of corruption. Brandt rejected Okafor's suggestion in a statement on Monday.";
    expect(deniers(text)).toEqual(["brandt"]);
  });

  it("a 'that' clause naming the denier's side, accused before, is a denial", () => {
    const text =
      "Germany accused Iran of plotting the attack. Iran rejected the notion that Iranian officials were involved.";
    expect(deniers(text)).toEqual(["iran"]);
  });

  it("a 'that' clause telling as a fact something of the denier itself is a denial", () => {
    expect(deniers("Brandt rejected the notion that he was a creature of the party machine.")).toEqual(["brandt"]);
    expect(deniers("Brandt dismissed the idea that Brandt had a stake in the quarry.")).toEqual(["brandt"]);
  });

  it("a 'that' clause proposing something of the denier, or telling of another, is no denial", () => {
    expect(deniers("Brandt rejected the suggestion that he step down before the vote.")).toEqual([]);
    expect(deniers("Brandt rejected the notion that he should quit the race.")).toEqual([]);
    expect(deniers("Brandt rejected the notion that Okafor was a creature of the party machine.")).toEqual([]);
  });

  it("a 'that' clause telling as a fact something of a definite subject is a denial", () => {
    expect(deniers("Brandt rejected the idea that the layoffs amounted to a purge.")).toEqual(["brandt"]);
    expect(deniers("Brandt dismissed the notion that his office is hiding the audit.")).toEqual(["brandt"]);
  });

  it("a generic, modal or other side's subject in the 'that' clause is no denial", () => {
    expect(deniers("Brandt dismissed the idea that voting early is likely to change much.")).toEqual([]);
    expect(deniers("Brandt rejected the idea that the new plant would hurt the valley.")).toEqual([]);
    expect(deniers("Brandt rejected the idea that the Okafor campaign had more volunteers.")).toEqual([]);
  });

  it("an allegation noun still denies on its own", () => {
    expect(deniers("Brandt rejected the allegations as politically motivated.")).toEqual(["brandt"]);
  });
});
