import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a candidate and a ferry line
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "ferries", kind: "organization", names: ["Lakeline Ferries"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("'states that' after a noun phrase with no saying subject is a noun and a relative clause", () => {
  it.each([
    ["Okafor spent the week in Vermont and Maine, states that vote in March."],
    ["Much depends on the coastal states that come before it on the calendar."],
  ])("%s", (text) => {
    expect(contents(text)).toEqual([]);
  });

  it.each([
    ["The ruling states that fares may rise once a year.", "fares may rise once a year"],
    ["Okafor states that the pier is unsafe.", "the pier is unsafe"],
  ])("a saying subject still makes it a cue: %s", (text, content) => {
    expect(contents(text)).toEqual([content]);
  });
});
