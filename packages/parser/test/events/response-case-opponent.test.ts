import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a case told as a noun with its bringer after "by" and no one after
// "against" is against the one its describing clause names first, not the court it is brought
// before nor the subject that rules on it.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"], kind: "country" },
  { id: "estovia", names: ["Estovia"], kind: "country" },
  { id: "tribunal", names: ["the Permanent Court of Arbitration"], kind: "organization" },
  { id: "un", names: ["the United Nations"], kind: "organization" },
];

function cases(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "legal_action")
    .map((r) => [r.actor, r.targets]);
}

describe("cases against the one their clause names", () => {
  it("reads the party a case's relative clause names", () => {
    expect(
      cases(
        "A panel of the United Nations will rule on a case brought by Norland that could make Estovia's claims void.",
      ),
    ).toEqual([["norland", ["estovia"]]]);
  });

  it("passes over the court a case is filed in", () => {
    expect(
      cases(
        "The ruling on a case filed by Norland in the Permanent Court of Arbitration challenging Estovia's claims is due.",
      ),
    ).toEqual([["norland", ["estovia"]]]);
  });

  it("keeps the party named after 'against'", () => {
    expect(cases("The United Nations heard a case brought by Norland against Estovia.")).toEqual([
      ["norland", ["estovia"]],
    ]);
  });
});
