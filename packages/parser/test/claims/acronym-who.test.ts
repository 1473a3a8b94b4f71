import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented sentences: the World Health Organization's acronym is no relative pronoun
const ACTORS: ActorSpec[] = [
  { id: "who", kind: "organization", names: ["World Health Organization", "WHO"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
];

function speakersOf(text: string) {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => c.speaker);
}

describe("an upper-case WHO before a cue", () => {
  it("is the organization speaking", () => {
    expect(speakersOf("The WHO noted that cases had doubled in a week.")).toEqual(["who"]);
    expect(speakersOf("Okafor met the press on Monday. The WHO said the outbreak was slowing.")).toEqual(["who"]);
  });

  it("while a lower-case who still points back to its antecedent", () => {
    expect(speakersOf("It was Okafor who said the outbreak was slowing.")).toEqual(["okafor"]);
  });
});
