import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: portraying, painting or casting someone as a damning label, and the name
// a place's name only modifies ("dismissed Wisconsin Gov. Scott Walker as ...")
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const, affiliation: "ohio" },
  { id: "ohio", names: ["Ohio"], kind: "location" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join("+")}`);

describe("portrayal labels", () => {
  it.each([
    ["Lopez portrayed Hale as a dishonest and divisive candidate.", "lopez>hale"],
    ["Lopez painted Tom Hale as unfit to lead the state.", "lopez>hale"],
    ["On Monday, Lopez cast Hale as reckless.", "lopez>hale"],
    ["Lopez dismissed Hale as an ineffective leader.", "lopez>hale"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("does not read a portrayal with no damning label as an accusation", () => {
    expect(pairs("Lopez cast herself as a champion of working people.")).toEqual([]);
    expect(pairs("Lopez portrayed Hale as a seasoned negotiator.")).toEqual([]);
  });

  it("takes the person a place's name modifies, not the place, as the one labelled", () => {
    expect(pairs("Lopez dismissed Ohio state senator Tom Hale as an ineffective leader.")).toEqual(["lopez>hale"]);
  });
});
