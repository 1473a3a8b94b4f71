import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: to allege is to accuse, so the one a statement alleges
// did something is accused even when no wrong word names the deed.
const ACTORS = [
  ...WORLD,
  { id: "hale", names: ["Senator Mark Hale", "Hale"], kind: "person" as const, affiliation: "usa" },
  { id: "ross", names: ["Governor Ann Ross", "Ross"], kind: "person" as const, affiliation: "usa" },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("'X alleged that Y ...' accuses Y", () => {
  it("accuses the clause's subject with no wrong word", () => {
    const doc = run("Senator Mark Hale alleged that Governor Ann Ross paid a friend to sit the exam for her.");
    expect(pairs(doc)).toEqual(["hale>ross"]);
  });

  it("reads 'alleges' without 'that' the same way", () => {
    const doc = run(
      "In the lawsuit, Senator Mark Hale alleges Governor Ann Ross had moved the funds to a private account.",
    );
    expect(pairs(doc)).toEqual(["hale>ross"]);
  });

  it("does not accuse the victim of a passive", () => {
    const doc = run("Senator Mark Hale alleged Governor Ann Ross was followed by agents.");
    expect(pairs(doc)).toEqual([]);
  });

  it("does not read the adjective as the verb", () => {
    const doc = run("Senator Mark Hale criticized two alleged Ross allies who run the agency.");
    expect(pairs(doc)).toEqual([]);
  });

  it("does not accuse when the allegation is negated", () => {
    const doc = run("Senator Mark Hale never alleged that Governor Ann Ross paid a friend to sit the exam for her.");
    expect(pairs(doc)).toEqual([]);
  });

  it("reads 'charged that' as alleging, over a quote mark or an adverb before the verb", () => {
    expect(pairs(run("Senator Mark Hale charged that Governor Ann Ross ''hid'' the records."))).toEqual(["hale>ross"]);
    expect(pairs(run("Senator Mark Hale charged that Governor Ann Ross largely ignored the audit."))).toEqual([
      "hale>ross",
    ]);
  });

  it("does not read 'charged' without 'that', nor 'so charged that', as alleging", () => {
    expect(pairs(run("The hearing was so politically charged that Governor Ann Ross left early."))).toEqual([]);
    expect(pairs(run("Senator Mark Hale charged Governor Ann Ross's aide."))).toEqual([]);
  });
});
