import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a name in a phrase that opens the clause and ends at a
// comma ("For Poland, ...") is a point of view, never the doer of the wrong the
// clause tells; a name after a verb's "to" before a comma still can be.
const ACTORS = [...WORLD, { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const }];

function pairs(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}

describe("fronted points of view", () => {
  it("does not accuse the name of an opening 'For X,' phrase", () => {
    expect(pairs('Okafor said, "For Poland, this man is a terrorist".')).not.toContain("okafor>poland");
  });

  it("still accuses a named doer after such a phrase", () => {
    expect(pairs('Okafor said, "For Poland, the Kremlin is a terrorist".')).toEqual(["okafor>russia"]);
  });
});
