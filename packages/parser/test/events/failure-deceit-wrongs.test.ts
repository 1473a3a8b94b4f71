import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement that says a named actor failed a duty,
// oversold or misrepresented something, was not telling the truth, put people
// at risk, made a grave mistake or is incompetent or dishonest accuses that
// actor; a failed outcome ("failed to win"), a thing that failed, a negated or
// supposed failure and the speaker's own failure accuse no one.
const ACTORS = [
  ...WORLD,
  { id: "whitfield", names: ["Governor Dana Whitfield", "Whitfield"], kind: "person" as const },
  { id: "halvorsen", names: ["Senator Mark Halvorsen", "Halvorsen"], kind: "person" as const },
  { id: "brennan", names: ["Lucy Brennan", "Brennan"], kind: "person" as const },
  { id: "board", names: ["the Water Board", "Water Board"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("reported failure and deceit", () => {
  it("reads failing a task that is no mere outcome", () => {
    expect(pair("Halvorsen said Whitfield failed to address the concerns of farmers.")).toEqual([
      "halvorsen>whitfield",
    ]);
    expect(pair("Brennan said the Water Board failed to explain the new tariffs.")).toEqual(["brennan>board"]);
  });

  it("reads no accusation in a failed outcome or a supposed failure", () => {
    expect(pair("Halvorsen said Whitfield failed to win the primary in March.")).toEqual([]);
    expect(pair("Brennan said that if Whitfield fails to act, the farms will suffer.")).toEqual([]);
  });

  it("reads overselling, exaggerating and misrepresenting as deception", () => {
    expect(pair("Brennan said Whitfield is overselling the benefits of the water deal.")).toEqual([
      "brennan>whitfield",
    ]);
    expect(pair("Brennan said Halvorsen exaggerated his role in the talks.")).toEqual(["brennan>halvorsen"]);
    expect(pair("Halvorsen said Whitfield misrepresented the findings of the audit.")).toEqual(["halvorsen>whitfield"]);
  });

  it("reads not telling the truth as a charge, the negation being the wrong itself", () => {
    expect(pair("Halvorsen said Whitfield was not telling the truth about the budget.")).toEqual([
      "halvorsen>whitfield",
    ]);
    expect(pair("Brennan said Whitfield has not been honest with the voters.")).toEqual(["brennan>whitfield"]);
  });

  it("still reads a negated wrong as no accusation", () => {
    expect(pair("Brennan said Whitfield did not fail to address the concerns of farmers.")).toEqual([]);
    expect(pair("Halvorsen said Whitfield did not mislead anyone.")).toEqual([]);
  });

  it("reads endangering people as an accusation", () => {
    expect(pair("Brennan said Whitfield had put the lives of farmers at risk.")).toEqual(["brennan>whitfield"]);
    expect(pair("Halvorsen said Whitfield is making the state less safe.")).toEqual(["halvorsen>whitfield"]);
    expect(pair("Brennan said the storm put the harbour at risk.")).toEqual([]);
  });

  it("reads a grave mistake made and an incompetent or dishonest actor", () => {
    expect(pair("Brennan said Whitfield made a terrible mistake when she vetoed the bill.")).toEqual([
      "brennan>whitfield",
    ]);
    expect(pair('"Whitfield is incompetent," Halvorsen said.')).toEqual(["halvorsen>whitfield"]);
    expect(pair('"Whitfield is being dishonest with the farmers," Halvorsen said.')).toEqual(["halvorsen>whitfield"]);
  });

  it("reads no accusation in the speaker's own failure", () => {
    expect(pair('"We failed to act in time," Halvorsen said.')).toEqual([]);
  });

  it("reads a damning predicate across a quotation mark and an intensifier, not when negated", () => {
    expect(pair("Halvorsen said Whitfield was \u201cextremely careless\u201d with the state's money.")).toEqual([
      "halvorsen>whitfield",
    ]);
    expect(pair("Brennan said Whitfield is soft on crime.")).toEqual(["brennan>whitfield"]);
    expect(pair("Brennan said Whitfield was not careless with the money.")).toEqual([]);
  });

  it("reads an owned failure to act and ignoring the plight of people", () => {
    expect(pair("Halvorsen said Whitfield's failure to act had cost lives.")).toEqual(["halvorsen>whitfield"]);
    expect(pair("Brennan said the Water Board ignored the plight of farmers.")).toEqual(["brennan>board"]);
  });
});
