import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: inside a direct quotation "he" or "she" opening a wrong's
// clause is the one person of that gender named before the quote, never the
// speaker. A negated, supposed or ambiguous "he" accuses no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "odell", names: ["Mayor Tom Odell", "Odell"], kind: "person" as const },
  { id: "vask", names: ["Ivo Vask", "Vask"], kind: "person" as const },
];
const GENDER: [string, "m" | "f"][] = [
  ["marlow", "f"],
  ["quint", "m"],
  ["odell", "m"],
  ["vask", "m"],
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  doc.actorGender = new Map(GENDER);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("a quoted he or she that is not the speaker", () => {
  it("takes the one person of the pronoun's gender named before the quote", () => {
    expect(pair('Quint spoke on Monday. "He ignores the law," Marlow said.')).toEqual(["marlow>quint"]);
  });

  it("never takes the speaker, nor a guess between two persons", () => {
    expect(pair('Quint met Odell on Monday. "He ignores the law," Marlow said.')).toEqual([]);
    expect(pair('Vask spoke on Monday. "He ignores the law," Vask said.')).toEqual([]);
  });

  it("reads no accusation in a supposed or negated wrong", () => {
    expect(pair('Quint spoke on Monday. "If he ignores the law, we will act," Marlow said.')).toEqual([]);
    expect(pair('Quint spoke on Monday. "He did nothing illegal," Marlow said.')).toEqual([]);
  });
});
