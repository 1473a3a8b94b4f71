import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement whose words say an actor breaches or violates
// a resolution (with a degree, or in progress), undermines security or
// infringes rights accuses it; a violation denied accuses no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "norland", names: ["Norland"], kind: "country" as const },
];
function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("breaches, violations and undermining told in a statement", () => {
  it("reads a breach with an adjective and a violation in progress", () => {
    expect(pair("Marlow said Norland is in clear breach of the council's resolutions.")).toEqual(["marlow>norland"]);
    expect(pair("Marlow said that Norland is violating the council's resolutions.")).toEqual(["marlow>norland"]);
  });

  it("reads undermining security and infringing rights", () => {
    expect(pair("Marlow said the test by Norland undermines regional security.")).toEqual(["marlow>norland"]);
    expect(pair("Marlow said Norland infringes upon the sovereign rights of its neighbours.")).toEqual([
      "marlow>norland",
    ]);
  });

  it("reads no accusation in a violation denied", () => {
    expect(pair("Marlow said Norland is not violating the resolutions.")).toEqual([]);
  });
});
