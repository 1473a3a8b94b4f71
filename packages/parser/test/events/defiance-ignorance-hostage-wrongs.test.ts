import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement whose words say an actor defies the law or a
// court, knows nothing of a field ("doesn't understand the first thing about
// it") or takes people hostage accuses that actor; defying the odds, or a
// speaker owning his own ignorance, accuses no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "becker", names: ["Governor Tom Becker", "Becker"], kind: "person" as const },
  { id: "norland", names: ["Norland"], kind: "country" as const },
];
function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("defiance, ignorance and hostage-taking told in a statement", () => {
  it("reads defying the law, the rules or a court", () => {
    expect(pair('"Becker is defying the court\'s orders," Marlow said.')).toEqual(["marlow>becker"]);
    expect(pair("Marlow said Norland defied the council's resolutions.")).toEqual(["marlow>norland"]);
  });

  it("reads no wrong in defying the odds", () => {
    expect(pair('"Becker defied the odds," Marlow said.')).toEqual([]);
  });

  it("reads knowing nothing of a field as incompetence", () => {
    expect(pair('"Becker doesn\'t understand the first thing about security," Marlow said.')).toEqual([
      "marlow>becker",
    ]);
  });

  it("reads no accusation in a speaker's own ignorance", () => {
    expect(pair('"I don\'t know the first thing about security," Marlow said.')).toEqual([]);
  });

  it("reads taking or holding people hostage", () => {
    expect(pair("Marlow said Norland is holding the crew hostage.")).toEqual(["marlow>norland"]);
  });
});
