import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages } from "./make-doc.js";

// invented sentences: a demand made of "the administration" or "the government"
// by its bare noun is made of the story's government; a state named as asking
// "the government" is a subject misread, and a modifier may name another body
const ACTORS = [
  { id: "admin", names: ["the Obama administration", "Obama administration"], kind: "organization" as const },
  { id: "eisen", names: ["Ross Eisen", "Eisen"], kind: "person" as const },
  { id: "freedonia", names: ["Freedonia"], kind: "country" as const },
];

function demands(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.filter((r) => r.type === "demand");
}

describe("demands made of a governing body by its bare noun", () => {
  it("aims 'urged the administration to' at the story's government", () => {
    const found = demands(
      "The Obama administration raised the cutoff on Tuesday. Ross Eisen urged the administration to raise the cutoff.",
    );
    expect(found.map((r) => [r.actor, r.targets])).toContainEqual(["eisen", ["admin"]]);
  });

  it("leaves a state asking 'the government' without a guessed target", () => {
    const found = demands(
      "The Obama administration raised the cutoff. Freedonia called on the government to block the visit.",
    );
    expect(found.filter((r) => r.actor === "freedonia" && r.targets.includes("admin"))).toEqual([]);
  });

  it("reads no modifier before the noun", () => {
    const found = demands(
      "The Obama administration raised the cutoff. Ross Eisen urged the previous administration to act.",
    );
    expect(found.filter((r) => r.actor === "eisen" && r.targets.includes("admin"))).toEqual([]);
  });
});
