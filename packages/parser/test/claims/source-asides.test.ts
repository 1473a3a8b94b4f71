import { describe, expect, it } from "vitest";
import { type ActorSpec, claimsAmong } from "./hand-built-doc.js";

// invented story: a broadcaster, a union and two people
const ACTORS: ActorSpec[] = [
  { id: "radio", kind: "media", names: ["Radio Veldoria"] },
  { id: "union", kind: "organization", names: ["Veldorian Harbour Union", "VHU"] },
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "okafor", kind: "person", names: ["Peter Okafor", "Okafor"] },
];

describe("the speaker past a phrase set beside it", () => {
  it("'According to <description>, <name>, ...': the person in apposition is the source", () => {
    const text =
      "Peter Okafor visited the port on Sunday. According to the port's director, Tom Marsh, the strike would end on Monday.";
    const claims = claimsAmong(text, ACTORS);
    expect(claims.map((c) => [c.speaker, c.content])).toEqual([["marsh", "the strike would end on Monday"]]);
  });

  it("'<body> (<acronym>), which ..., said': the body before its parenthesis is the subject", () => {
    const text = "The Veldorian Harbour Union (VHU), which represents dock workers, said the strike would go on.";
    expect(claimsAmong(text, ACTORS).map((c) => c.speaker)).toEqual(["union"]);
  });

  it("past a parenthesis, an unnamed subject does not pass its word to a name in the apposition", () => {
    const text = "Gov. Jo Quill (R), a close Tom Marsh ally, said the strike would go on.";
    expect(claimsAmong(text, ACTORS).map((c) => c.speaker)).toEqual([null]);
  });
});
