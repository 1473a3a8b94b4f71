import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a wrong's subject "the governor", unlinked by the actor
// stage, is the one person the story names with that title, never the speaker.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "odell", names: ["Governor Tom Odell", "Odell"], kind: "person" as const },
];

function pair(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}

describe("a wrong whose subject is a title one actor bears", () => {
  it("takes the one person named with that title", () => {
    expect(pair("Governor Paul Quint spoke on Monday. Marlow said the governor violated the law.")).toEqual([
      "marlow>quint",
    ]);
  });

  it("takes no one when two persons bear the title, nor the speaker", () => {
    expect(pair("Governor Paul Quint met Governor Tom Odell. Marlow said the governor violated the law.")).toEqual([]);
    expect(pair("Senator Ada Marlow spoke on Monday. Marlow said the senator violated the law.")).toEqual([]);
  });
});
