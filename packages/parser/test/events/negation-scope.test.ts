import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a negation opening a statement denies its own clause only;
// a wrong told in a later clause, after "and", "but" or a semicolon, is still
// said of its doer. A negation over the wrong itself still denies it.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
];

function pair(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}

describe("a negation's reach in a statement", () => {
  it("reads a wrong told in a clause after the negated one", () => {
    expect(pair("Marlow said she will not vote for Quint and considers him a liar.")).toEqual(["marlow>quint"]);
    expect(pair("Marlow said she never trusted Quint, but Quint had abused his power.")).toEqual(["marlow>quint"]);
  });

  it("reads no accusation when the negation covers the wrong", () => {
    expect(pair("Marlow said Quint did not abuse his power and acted within the law.")).toEqual([]);
    expect(pair("Marlow said Quint never lied and never cheated.")).toEqual([]);
  });
});
