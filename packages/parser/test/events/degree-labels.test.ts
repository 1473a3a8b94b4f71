import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a damning label said of the subject behind "not only" or
// a degree ("not only a racist", "such a liar"), and a relative clause on the
// noun a form of "be" says the subject is ("is a man who incites"), accuse the
// subject; a label denied ("is not a racist") or a wrong in a relative on some
// other noun ("the group, which incites") does not accuse the statement's subject.
const ACTORS = [
  ...WORLD,
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "tessier", names: ["Nora Tessier", "Tessier"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("labels behind a degree or 'not only'", () => {
  it("reads 'not only a racist' and 'such a liar' as labels said of the subject", () => {
    expect(pair("Tessier said Quint is not only a racist, but a danger to the free world.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint is such a liar.")).toEqual(["tessier>quint"]);
  });

  it("reads no accusation in a label denied", () => {
    expect(pair("Tessier said Quint is not a racist.")).toEqual([]);
  });
});

describe("a relative clause on a predicate noun", () => {
  it("gives the relative's wrong to the subject the noun is said of", () => {
    expect(pair("Tessier said Quint is a man who incites against immigrants.")).toEqual(["tessier>quint"]);
  });

  it("does not give a wrong in a relative on another noun to the subject", () => {
    expect(pair("Tessier said Quint met a man who incites against immigrants.")).toEqual([]);
  });
});
