import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two councillors
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
];

function claims(text: string): [string | null, string][] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => [c.speaker, text.slice(c.content.start, c.content.end)]);
}

describe("a month or a day between a statement noun and its 'that'", () => {
  it.each([
    ["Lind never gave a source for Okafor's claim in November that the ferries lose money."],
    ["Lind never gave a source for Okafor's warning on Tuesday that the ferries lose money."],
  ])("%s", (text) => {
    expect(claims(text)).toEqual([["okafor", "the ferries lose money"]]);
  });
});
