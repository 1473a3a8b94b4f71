import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented sentences: a reported clause whose subject opens with a number
const ACTORS: ActorSpec[] = [{ id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] }];

function claimsOf(text: string) {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => ({
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
  }));
}

describe("a bare clause that opens with a number", () => {
  it("is reported after a cue that otherwise wants 'that'", () => {
    expect(claimsOf("Okafor stated 92% of the ballots had been counted.")).toEqual([
      { cue: "stated", content: "92% of the ballots had been counted" },
    ]);
    expect(claimsOf("Okafor estimated 300 homes were damaged by the storm.")).toEqual([
      { cue: "estimated", content: "300 homes were damaged by the storm" },
    ]);
  });

  it("is not a number that only opens an object", () => {
    expect(claimsOf("Okafor announced 2021 plans for the harbor.")).toEqual([]);
  });
});
