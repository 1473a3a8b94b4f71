import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// invented actors: two persons and a ministry
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Ada Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Bo Lind", "Lind"] },
  { id: "ministry", kind: "organization", names: ["Ferry Ministry"] },
];

function contents(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.content.start, c.content.end));
}

describe("a bare noun phrase after a verb of topic names what was spoken of, not what was said", () => {
  it("'discussed the case' is no claim", () => {
    expect(contents("Okafor discussed the case.")).toEqual([]);
  });

  it("'referring to Lind' is no claim", () => {
    expect(contents('"He is the wrong man," Okafor said, referring to Bo Lind.')).toEqual(["He is the wrong man"]);
  });

  it("'asked about it' and 'expressed concern' are no claims", () => {
    expect(contents("Okafor declined to comment when asked about it.")).toEqual([]);
    expect(contents("The Ferry Ministry expressed concern.")).toEqual([]);
  });

  it("'echoed that promise' and 'discussed the case on Monday' are no claims", () => {
    expect(contents("Okafor echoed that promise.")).toEqual([]);
    expect(contents("Okafor discussed the case on Monday.")).toEqual([]);
  });

  it("a clause after a verb of topic is still what was said", () => {
    expect(contents("Okafor predicted that Lind would win.")).toEqual(["Lind would win"]);
  });

  it("a possessive object names someone's words, and stays", () => {
    expect(contents("Okafor echoed Lind's warning about the ferry fares.")).toEqual([
      "Lind's warning about the ferry fares",
    ]);
  });

  it("a bare object of a verb of judgement stays, as PolNeAR counts it", () => {
    expect(contents("Okafor criticized the new ferry fares.")).toEqual(["the new ferry fares"]);
  });

  it("the clause around a bare topic is no report of a trailing 'saying'", () => {
    expect(
      contents("Other ministers echoed those comments, saying the plan -- a ferry tax -- is unfair."),
    ).not.toContain("Other ministers echoed those comments");
  });
});
