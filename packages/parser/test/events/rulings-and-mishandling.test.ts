import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: a court's ruling that an actor did wrong, and mishandling as a criticised wrong
const ACTORS = [
  ...WORLD,
  { id: "court", names: ["the Supreme Court", "Supreme Court"], kind: "organization" as const },
  { id: "okafor", names: ["Ada Okafor", "Okafor"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
];

function pairs(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join("+")}`);
}

describe("rulings and mishandling", () => {
  it("reads a court's ruling that an actor violated the law as its finding against the actor", () => {
    expect(pairs("The Supreme Court ruled that Hale had violated the constitution.")).toContain("court>hale");
  });

  it("does not read a ruling with no wrong in it as an accusation", () => {
    expect(pairs("The Supreme Court ruled that Hale could stand for a second term.")).toEqual([]);
  });

  it("reads saying an actor mishandled or botched something as an accusation", () => {
    expect(pairs("Okafor said Hale had mishandled the flood response.")).toContain("okafor>hale");
    expect(pairs("Okafor said Hale botched the evacuation.")).toContain("okafor>hale");
  });
});
