import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a ministry and a person
const ACTORS: ActorSpec[] = [
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
];

function claims(text: string): { speaker: string | null; content: string }[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => ({ speaker: c.speaker, content: text.slice(c.content.start, c.content.end) }));
}

describe("a pronoun subject is its own phrase", () => {
  it("'They also said they believed ...': one claim, the belief restates it", () => {
    expect(
      claims("The Ferry Ministry issued a statement. They also said they believed they had found the attacker."),
    ).toEqual([{ speaker: "ministry", content: "they believed they had found the attacker" }]);
  });

  it("'X says it shows ...': the outer report stays", () => {
    expect(claims("Ada Okafor says it shows the port is unsafe.")).toContainEqual({
      speaker: "okafor",
      content: "it shows the port is unsafe",
    });
  });
});

describe("'claimed to ...' reports what the subject claims of itself", () => {
  it("'X later claimed to have no memory of the night'", () => {
    expect(claims("Ada Okafor later claimed to have no memory of the night.")).toEqual([
      { speaker: "okafor", content: "to have no memory of the night" },
    ]);
  });
});
