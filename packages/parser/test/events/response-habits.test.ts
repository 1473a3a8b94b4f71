import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: an adverb of habit before a cue ("routinely", "rarely") tells what an actor
// does as a rule, not one act told; "repeatedly" tells acts done.
const ACTORS: ActorSpec[] = [
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "norland", names: ["Norland", "Norlandic"], kind: "country" },
];

function responses(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.map((r) => [r.type, r.actor]);
}

describe("acts told as habits", () => {
  it.each([
    "Mayor Per Lindqvist said he rarely asks Governor Ada Okafor to campaign for him.",
    "Norland has routinely sanctioned Governor Ada Okafor's allies.",
  ])("reads no act in %s", (text) => {
    expect(responses(text)).toEqual([]);
  });

  it("keeps the same acts told once", () => {
    expect(responses("Mayor Per Lindqvist said he asked Governor Ada Okafor to campaign for him.")).toContainEqual([
      "demand",
      "lindqvist",
    ]);
  });

  it("keeps acts done again and again", () => {
    expect(responses("Mayor Per Lindqvist has repeatedly urged Governor Ada Okafor to resign.")).toContainEqual([
      "demand",
      "lindqvist",
    ]);
  });
});
