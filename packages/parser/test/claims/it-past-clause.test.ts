import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a ferry line and its regulator
const ACTORS: ActorSpec[] = [
  { id: "ferries", kind: "organization", names: ["Lakeline Ferries"] },
  { id: "office", kind: "organization", names: ["the Harbour Office"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("after a cue that needs a clause, 'it' and a past tense open the clause", () => {
  it.each([
    ["Lakeline Ferries announced it added 40 crossings in June.", "it added 40 crossings in June"],
    ["The Harbour Office stated it found no fault with the crew.", "it found no fault with the crew"],
  ])("%s", (text, content) => {
    expect(contents(text)).toEqual([content]);
  });

  it("'it' as a bare object still reports nothing", () => {
    expect(contents("Lakeline Ferries announced it on Tuesday.")).toEqual([]);
  });
});
