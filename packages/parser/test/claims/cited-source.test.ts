import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: an outlet, a person and a government body
const ACTORS: ActorSpec[] = [
  { id: "courier", kind: "media", names: ["Harbour Courier"] },
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("'citing' a source names where a report came from, not what it says", () => {
  it("'citing anonymous sources' is no claim content", () => {
    expect(contents("The Harbour Courier reported the closure, citing anonymous sources.")).not.toContain(
      "anonymous sources",
    );
  });

  it("'citing sources close to the inquiry' is no claim content", () => {
    expect(contents("The Harbour Courier reported the closure, citing sources close to the inquiry.")).not.toContain(
      "sources close to the inquiry",
    );
  });

  it("'cited <named person>' is no claim content", () => {
    expect(contents("The Harbour Courier cited Ada Okafor.")).toEqual([]);
  });

  it("a cited reason is still what the speaker says", () => {
    expect(contents('The Ferry Ministry cited the "grave" safety concerns as the reason for the ban.')).toEqual([
      'the "grave" safety concerns as the reason for the ban',
    ]);
    expect(contents("The Ferry Ministry cited safety concerns as the reason for the ban.")).toEqual([
      "safety concerns as the reason for the ban",
    ]);
  });

  it("a long object that ends in a name is a statement, not a source", () => {
    expect(contents('Okafor cited "harsh" comments the minister had made about Ada Okafor.')).toEqual([
      '"harsh" comments the minister had made about Ada Okafor',
    ]);
  });
});
