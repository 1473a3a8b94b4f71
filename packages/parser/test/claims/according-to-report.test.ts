import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: a person and a paper
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "herald", kind: "media", names: ["the Lakeside Herald", "Herald"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("'according to' after a report relays it and adds no content of its own", () => {
  it("'Okafor said at a press conference, according to the Herald' is no claim of the Herald's", () => {
    expect(contents("Okafor said at a press conference, according to the Lakeside Herald.")).toEqual([]);
  });

  it("a quotation's speaker and cue before 'according to' leave the quotation as the one claim", () => {
    expect(contents('"The ferry will run," Okafor said, according to the Lakeside Herald.')).toEqual([
      "The ferry will run",
    ]);
  });

  it("a clause before 'according to' is still its content", () => {
    expect(contents("The ferry will run in May, according to the Lakeside Herald.")).toEqual([
      "The ferry will run in May",
    ]);
  });
});
