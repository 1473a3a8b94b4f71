import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented sentences, one construction each
const ACTORS: ActorSpec[] = [
  { id: "marlow", kind: "person", names: ["Edith Marlow", "Marlow"] },
  { id: "okafor", kind: "person", names: ["Daniel Okafor", "Okafor"] },
  { id: "ruritania", kind: "country", names: ["Ruritania"] },
  { id: "tribune", kind: "media", names: ["Harbor Tribune"] },
];

function claimsOf(text: string) {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => ({
    speaker: c.speaker,
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
    kind: c.kind,
  }));
}

describe("stance verbs attribute their object", () => {
  it("takes the object of a verb of criticism or praise, up to a subordinate clause", () => {
    expect(claimsOf("Marlow criticized the new harbor tax because it hurt fishermen.")).toEqual([
      { speaker: "marlow", cue: "criticized", content: "the new harbor tax", kind: "indirect" },
    ]);
    expect(claimsOf("Okafor praised the bridge plan, which opens next year.")).toEqual([
      { speaker: "okafor", cue: "praised", content: "the bridge plan", kind: "indirect" },
    ]);
  });

  it("gives a participle's object to its main clause's subject", () => {
    const got = claimsOf("Okafor spoke for an hour in the square, citing a survey of local bakers.");
    expect(got).toEqual([{ speaker: "okafor", cue: "citing", content: "a survey of local bakers", kind: "indirect" }]);
  });

  it("reads a bare clause after a verb of belief", () => {
    const got = claimsOf("Marlow thinks the ferry will be late again.");
    expect(got).toEqual([
      { speaker: "marlow", cue: "thinks", content: "the ferry will be late again", kind: "indirect" },
    ]);
  });

  it("reports nothing for passives, negations, adjectives and definitions", () => {
    expect(claimsOf("The new harbor tax was criticized by Marlow.")).toEqual([]);
    expect(claimsOf("Okafor did not criticize the bridge plan.")).toEqual([]);
    expect(claimsOf("Both towns back opposing teams in the cup final.")).toEqual([]);
    expect(claimsOf("The Harbor Tribune refers to the old port district.")).toEqual([]);
  });
});
