import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: being responsible for or involved in something is a
// wrong a statement tells only when a harm or a wrong follows ("responsible
// for the deaths", "involved in the plot"), not a duty or a field ("responsible
// for all activities", "involved in politics").
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

describe("responsibility for a harm told in a statement", () => {
  it("reads responsibility for deaths or attacks and a part in a plot", () => {
    expect(pair("Marlow said Norland was responsible for the deaths of hundreds of soldiers.")).toEqual([
      "marlow>norland",
    ]);
    expect(pair("Marlow said Becker was involved in the plot.")).toEqual(["marlow>becker"]);
    expect(pair("Marlow said Norland was involved in the protests.")).toEqual(["marlow>norland"]);
  });

  it("reads no wrong in a duty or a field", () => {
    expect(pair("Marlow said Becker will be responsible for all activities of the campaign.")).toEqual([]);
    expect(pair('"Becker has been involved in state politics for years," Marlow said.')).toEqual([]);
  });
});
