import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a call for an inquiry into an act is aimed at the doer the story names.
const ACTORS: ActorSpec[] = [
  { id: "police", names: ["Moldovan police", "the police", "Police"], kind: "organization" },
  { id: "watch", names: ["Rights Watch"], kind: "organization" },
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
];

function demands(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "demand")
    .map((r) => [r.actor, r.targets]);
}

describe("calls for an inquiry into an act", () => {
  it("aims the call at the act's doer", () => {
    expect(
      demands(
        "Moldovan police stabbed John Smith on Monday. Rights Watch has called for an investigation into the stabbing.",
      ),
    ).toEqual([["watch", ["police"]]]);
  });

  it("guesses no target for an inquiry into no act anyone is told doing", () => {
    expect(
      demands("John Smith spoke on Monday. Rights Watch has called for an investigation into the matter."),
    ).toEqual([]);
  });
});
