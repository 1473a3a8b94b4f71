import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two people, a party, a country and a group named by a common noun
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "marsh", kind: "person", names: ["Tom Marsh", "Marsh"] },
  { id: "harbour_party", kind: "organization", names: ["Harbour Party"] },
  { id: "norland", kind: "country", names: ["Norland"] },
  { id: "critics", kind: "group", names: ["the critics"] },
];

function claims(text: string): { speaker: string | null; content: string }[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => ({ speaker: c.speaker, content: text.slice(c.content.start, c.content.end) }));
}
const speakers = (text: string) => claims(text).map((c) => c.speaker);

describe("the subject of a cue is found past what stands between them", () => {
  it("a time phrase after an apposition: 'X, the mayor, on Tuesday said'", () => {
    expect(speakers("Ada Okafor, the mayor, on Tuesday said the bridge would reopen.")).toEqual(["okafor"]);
  });

  it("'has since said'", () => {
    expect(speakers("Ada Okafor has since said the bridge would reopen.")).toEqual(["okafor"]);
  });

  it("a relative clause without commas: 'X who opened the bridge said'", () => {
    expect(speakers("The mayor Ada Okafor who opened the bridge said it would reopen.")).toEqual(["okafor"]);
  });

  it("an object relative clause keeps its own subject: 'the plan, which critics say ...'", () => {
    expect(speakers("Ada Okafor backed the plan, which analysts say hurts schools.")).not.toContain("okafor");
  });

  it("'since' as a conjunction is no adverb of the cue", () => {
    expect(speakers("The port has been shut since Tom Marsh said it was unsafe.")).toEqual(["marsh"]);
  });
});

describe("the head of the speaker's phrase speaks, not a name that qualifies it", () => {
  it("'X of the <party> said': the person, not the party", () => {
    expect(speakers("Ada Okafor of the Harbour Party said the bridge would reopen.")).toEqual(["okafor"]);
  });

  it("'critics from across <country>'s spectrum': the critics, not the country", () => {
    expect(speakers("The plan passed. Critics from across Norland's political spectrum said it was a ploy.")).toEqual([
      "critics",
    ]);
  });

  it("'<person>'s critics said': the critics", () => {
    expect(speakers("The plan passed. Tom Marsh's critics said it was a ploy.")).toEqual(["critics"]);
  });
});

describe("a hearer followed by a clause is a forward report", () => {
  it("'X, <apposition>, told reporters she ...': the content is her clause, not the subject", () => {
    expect(claims("Ada Okafor, Tom Marsh's aunt, told reporters she considered the deal fair.")).toEqual([
      { speaker: "okafor", content: "she considered the deal fair" },
    ]);
  });

  it("'..., X told reporters on Monday.' still reports the clause before the comma", () => {
    expect(claims("The deal is fair, Ada Okafor told reporters on Monday.")).toEqual([
      { speaker: "okafor", content: "The deal is fair" },
    ]);
  });
});
