import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: when the verb's object is the wrong itself, the accused is
// named after a preposition ("blamed the bombing on X", "attributed the attack
// to X", "was critical of X"); a name between the cue and the preposition, a
// cause that is no actor, or an attributive "critical" accuse no one this way.
const ACTORS = [
  ...WORLD,
  { id: "rebels", names: ["the Kivu rebels", "Kivu rebels"], kind: "group" as const },
  { id: "okafor", names: ["Ada Okafor", "Okafor"], kind: "person" as const },
  { id: "mendes", names: ["Rui Mendes", "Mendes"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("the accused named after a preposition", () => {
  it("reads 'blamed the act on X' as an accusation of X", () => {
    expect(pairs("Poland blamed the bombing on the Kivu rebels.")).toEqual(["poland>rebels"]);
  });

  it("reads 'attributed the act to X', active and passive with its agent", () => {
    expect(pairs("Ada Okafor attributed the shelling of the port to Russia.")).toEqual(["okafor>russia"]);
    expect(pairs("The shelling of the port was attributed to Russia by Ukraine.")).toEqual(["ukraine>russia"]);
  });

  it("keeps 'blamed X on Monday for Y' on its object", () => {
    expect(pairs("Germany blamed Iran on Monday for the explosion.")).toEqual(["germany>iran"]);
  });

  it("accuses no one for a cause that is no actor, or an unattributed passive", () => {
    expect(pairs("Sweden attributed the deaths to the cold weather.")).toEqual([]);
    expect(pairs("The explosion was blamed on the Kivu rebels.")).toEqual([]);
  });

  it("reads 'was critical of X' as criticism of X, but not an attributive 'critical'", () => {
    expect(pairs("Rui Mendes has long been highly critical of Ada Okafor.")).toEqual(["mendes>okafor"]);
    expect(pairs("Mendes wrote a column critical of Okafor.")).toEqual([]);
    expect(pairs("Mendes said the port is the critical link of China.")).toEqual([]);
    expect(pairs("Mendes was not critical of Okafor.")).toEqual([]);
  });
});
