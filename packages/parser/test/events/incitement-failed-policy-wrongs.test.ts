import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement that says a named actor encourages, condones
// or foments violence or hatred, or that names an actor's failed policies or
// leadership, accuses that actor; the same words denied, or said of no actor's
// conduct, accuse no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "tessier", names: ["Nora Tessier", "Tessier"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("incitement told in a statement", () => {
  it("reads encouraging, condoning or fomenting violence or hatred", () => {
    expect(pair("Marlow said Quint was encouraging violence at his town halls.")).toEqual(["marlow>quint"]);
    expect(pair("Tessier said Quint condones attacks on the strikers.")).toEqual(["tessier>quint"]);
    expect(pair("Marlow said Quint has been fomenting hatred against the dock workers.")).toEqual(["marlow>quint"]);
  });

  it("reads no accusation when the encouragement is denied", () => {
    expect(pair("Tessier said Quint never encouraged violence at the rally.")).toEqual([]);
  });
});

describe("failed policies or leadership told in a statement", () => {
  it("reads an actor's failed policies or leadership", () => {
    expect(pair("Marlow said voters are tired of Quint's failed policies.")).toEqual(["marlow>quint"]);
    expect(pair("Tessier said Quint represents the same failed economic policies.")).toEqual(["tessier>quint"]);
  });

  it("reads no accusation in failed policies no actor is said to own", () => {
    expect(pair("Marlow said the report studied failed policies in other countries.")).toEqual([]);
  });
});
