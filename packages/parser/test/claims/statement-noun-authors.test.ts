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

function said(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => `${c.speaker}: ${text.slice(c.content.start, c.content.end)}`);
}

function cues(text: string): string[] {
  const doc = handBuiltDoc(text, ACTORS);
  findClaims(doc);
  return saidClaims(doc).map((c) => text.slice(c.cue.start, c.cue.end));
}

describe("a statement noun whose author follows 'from' or 'by', or stands before modifiers", () => {
  it("'complaints from X that ...' and 'complaints by the head of X, Y, that ...'", () => {
    expect(said("Lind answered complaints from Ada Okafor that the ferry was late.")).toEqual([
      "okafor: the ferry was late",
    ]);
    expect(
      said("Lind answered complaints by the head of the Ferry Ministry, Ada Okafor, that fares were high."),
    ).toEqual(["okafor: fares were high"]);
  });

  it("a relative clause on the author owns its 'that'", () => {
    expect(cues("Lind faced criticism from Okafor who agrees that fares are high.")).not.toContain("criticism");
  });

  it("'Okafor's recent assertion that ...' and 'Okafor's assertion Monday that ...'", () => {
    expect(said("Lind rejected Okafor's recent assertion that the pier was unsafe.")).toEqual([
      "okafor: the pier was unsafe",
    ]);
    expect(said("Lind rejected Okafor's assertion Monday that the pier was unsafe.")).toEqual([
      "okafor: the pier was unsafe",
    ]);
  });

  it("a form in -s after a modifier may be the verb, so it is left alone", () => {
    // the verb reading is the indirect-speech stage's; the noun stage adds no second claim
    expect(said("Okafor's campaign claims that the pier was unsafe.").length).toBeLessThanOrEqual(1);
  });

  it("inside a phrase that opens the sentence, the clause ends at the phrase's comma", () => {
    expect(said("Despite Okafor's insistence that the pier was safe, the Ferry Ministry closed it.")).toEqual([
      "okafor: the pier was safe",
    ]);
  });
});

describe("a statement noun denied to exist", () => {
  it("'no allegation by X that ...' reports nothing", () => {
    expect(said("There is no allegation by Okafor that Lind lied.")).toEqual([]);
  });
});
