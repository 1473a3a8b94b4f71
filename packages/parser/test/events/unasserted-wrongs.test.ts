import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement that names a wrong without saying anyone did
// it accuses no one: a finding of none before it ("no evidence to support the
// claims of fraud"), a bare "no" just before it, or a clause opened by "if".
// The same wrong asserted still accuses.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "norland", names: ["Norland"], kind: "country" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("a wrong named but not asserted in a statement", () => {
  it("reads no accusation after a finding of none", () => {
    expect(pair("Marlow said there is currently no evidence to support claims that Quint committed fraud.")).toEqual(
      [],
    );
  });

  it("reads no accusation in a wrong supposed by 'if'", () => {
    expect(pair("Marlow said that if Quint ignores the law, the court will act.")).toEqual([]);
  });

  it("still reads the wrong asserted", () => {
    expect(pair("Marlow said Quint committed fraud.")).toEqual(["marlow>quint"]);
    expect(pair("Marlow said Quint ignores the law.")).toEqual(["marlow>quint"]);
  });
});
