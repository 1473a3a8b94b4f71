import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: aid delayed, withheld or suspended (CAMEO 16x, reduce or stop aid) is a
// sanction of the one who ordered it, aimed at whom the aid was for.
const ACTORS: ActorSpec[] = [
  { id: "moldova", names: ["Moldova", "Moldovan"] },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "sweden" },
  { id: "sweden", names: ["Sweden", "Swedish"] },
];

function sanctions(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "sanction")
    .map((r) => [r.actor, r.targets]);
}

describe("aid delayed or withheld", () => {
  it.each([
    ["John Smith ordered his staff to withhold millions in aid to Moldova."],
    ["John Smith had told officials to suspend the military aid for Moldova in May."],
    ["Sweden withheld aid to Moldova last year."],
  ])("reads a sanction in %s", (text) => {
    expect(sanctions(text)).toEqual([[text.startsWith("Sweden") ? "sweden" : "smith", ["moldova"]]]);
  });

  it("reads no sanction in aid given", () => {
    expect(sanctions("John Smith ordered his staff to send aid to Moldova.")).toEqual([]);
  });
});
