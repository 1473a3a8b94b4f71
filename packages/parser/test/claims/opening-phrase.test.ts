import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actor
const ACTORS: ActorSpec[] = [{ id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] }];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a phrase that sets the scene before the speaker is not what was said", () => {
  it("'In his speech, Okafor argued emphatically ...' does not report 'In his speech'", () => {
    expect(
      contents("In his speech, Okafor argued emphatically for a new ferry line, which he called overdue."),
    ).not.toContain("In his speech");
  });

  it("'In the early 1990s, Okafor said, when she ...' does not report 'In the early 1990s'", () => {
    expect(contents("In the early 1990s, Okafor said, when she was a cook, the ferry ran daily.")).not.toContain(
      "In the early 1990s",
    );
  });

  it("a clause before the comma and the cue at the sentence's end is still the report", () => {
    expect(contents("In May the ferry will run again, Okafor said.")).toEqual(["In May the ferry will run again"]);
  });
});
