import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: "X's doing" (a deed owned by X) is a wrongdoing cue, but a
// contracted "he's doing" or "what she's doing" owns nothing and accuses no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("'s doing as a possessive's deed, not a contraction", () => {
  it("reads no accusation in a contracted 'he's doing'", () => {
    expect(pair("Marlow said Quint knows exactly what he's doing.")).toEqual([]);
  });

  it("still reads the possessive's deed", () => {
    expect(pair("Marlow said the blackout was Quint's doing.")).toEqual(["marlow>quint"]);
  });
});
