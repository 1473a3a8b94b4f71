import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: an act whose subject is someone's kin ("his mother refused", "His wife had
// warned him") is no act of the one the possessive pronoun points to.
const ACTORS: ActorSpec[] = [
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "norland", names: ["Norland", "Norlandic"], kind: "country" },
];

function responses(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.map((r) => [r.type, r.actor]);
}

describe("acts of kin", () => {
  it.each([
    "Mayor Per Lindqvist grew up abroad. His mother refused to teach him Norlandic.",
    "Mayor Per Lindqvist spoke first. His wife had warned him not to attack Governor Ada Okafor.",
  ])("reads no act of the possessor in %s", (text) => {
    expect(responses(text)).toEqual([]);
  });

  it("keeps the act of a named subject", () => {
    expect(responses("Mayor Per Lindqvist warned Governor Ada Okafor not to attack him.")).toContainEqual([
      "threaten",
      "lindqvist",
    ]);
  });
});
