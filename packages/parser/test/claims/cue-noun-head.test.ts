import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { handBuiltDoc } from "./hand-built-doc.js";

const PEOPLE = [
  { id: "okafor", kind: "person" as const, names: ["Nia Okafor", "Okafor"] },
  { id: "lind", kind: "person" as const, names: ["Tomas Lind", "Lind"] },
];

function cues(text: string): string[] {
  const doc = handBuiltDoc(text, PEOPLE);
  findClaims(doc);
  return doc.claims.map((c) => text.slice(c.cue.start, c.cue.end));
}

describe("a bare cue form that heads a singular noun phrase is a noun", () => {
  it("does not read 'a border state' or 'Okafor's earlier pledge' as reporting", () => {
    expect(cues("The mayor of Dunmore, a small border state on the coast, signed the order on Monday.")).toEqual([]);
    expect(cues("The vote kept Okafor's earlier pledge to cut fares by half.")).toEqual([]);
    expect(cues("Lind spoke about the police state, housing and rail fares at the rally.")).toEqual([]);
  });

  it("does not read a cue after 'at' as reporting", () => {
    expect(cues("Okafor voiced anger at reports the depot would close within a year.")).toEqual([]);
  });

  it("still reads a bare cue after a plural subject, a pronoun or a modal", () => {
    expect(cues("Residents of the old town say the depot will close.")).toEqual(["say"]);
    expect(cues("The ferry workers state that the pier is unsafe.")).toEqual(["state"]);
    expect(cues("The family would say that Lind had left early.")).toEqual(["say"]);
    expect(cues("Officials in the US state that the pier is unsafe.")).toEqual(["state"]);
  });
});
