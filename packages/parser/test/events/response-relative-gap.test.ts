import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a cue reaches across a relative clause set off by commas
// ("asked X, who ..., to resign") as if it were not there.
const ACTORS: ActorSpec[] = [
  { id: "farmers", names: ["Farmers", "farmers"], kind: "group" },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
];

function demands(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "demand")
    .map((r) => [r.actor, r.targets]);
}

describe("cues across a relative clause", () => {
  it("reads 'asked X, who ..., to resign' as a demand on X", () => {
    expect(demands("Farmers asked John Smith, who runs the ministry, to resign.")).toEqual([["farmers", ["smith"]]]);
  });

  it("does not reach across a comma that opens no relative clause", () => {
    expect(demands("Farmers asked John Smith, then went home to rest.")).toEqual([]);
  });
});
