import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented people and a body
const ACTORS: ActorSpec[] = [
  { id: "roe", kind: "person", names: ["Ann Roe", "Roe"] },
  { id: "lee", kind: "person", names: ["Tom Lee", "Lee"] },
  { id: "guild", kind: "organization", names: ["Ferry Guild"] },
];

/** Claims as [speaker, content]. */
function claims(text: string): [string | null, string][] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return doc.claims.map((c) => [c.speaker, text.slice(c.content.start, c.content.end)]);
}

describe("a naming participle gives a thing its name and reports no one's words", () => {
  it("'a <noun> called \"<name>\"' after an indefinite noun phrase is no claim", () => {
    expect(claims('Ann Roe founded a rowing club called "Blue Oars" in the harbour town.')).toEqual([]);
    expect(claims('Tom Lee drew up an ambitious harbour plan dubbed "Deep Water" last week.')).toEqual([]);
  });

  it("'was commonly called \"<name>\"': a passive naming verb after an adverb is no claim", () => {
    expect(claims('The storm of that winter was commonly called "the big freeze" by fishermen.')).toEqual([]);
  });

  it("a speaker's judgement stays: a determiner, a pronoun or a second label after the verb", () => {
    expect(claims('A spokesman for the Ferry Guild called the plan "reckless and late."')).toEqual([
      ["guild", 'the plan "reckless and late."'],
    ]);
    expect(claims('Ann Roe called Lee a "dangerous dreamer" on Monday.')).toEqual([
      ["roe", 'Lee a "dangerous dreamer"'],
    ]);
  });
});
