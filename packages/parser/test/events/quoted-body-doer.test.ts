import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: inside a direct quotation an "it" whose next word is a
// wrong is the one body named in the sentence before, never the speaker.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "ledger", names: ["the Daily Ledger", "Daily Ledger"], kind: "media" as const },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" as const },
];

function pair(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}

describe("a quoted it that is a body just named", () => {
  it("takes the one body named in the sentence before", () => {
    expect(pair('Marlow said the Daily Ledger report is wrong. "It covered up the facts," Marlow said.')).toEqual([
      "marlow>ledger",
    ]);
  });

  it("takes no one when two bodies are named, or when it is no body's act", () => {
    expect(
      pair('Marlow said the Daily Ledger report on Acme is wrong. "It covered up the facts," Marlow said.'),
    ).toEqual([]);
    expect(pair('Marlow said the Daily Ledger report is wrong. "It would hide the facts," Marlow said.')).toEqual([]);
  });
});
