import { describe, expect, it } from "vitest";
import { appealedDecider } from "../../src/events/appealed-decider.js";
import { makeDoc, runEventStages } from "./make-doc.js";

// invented sentences: an appeal that names no one is against whoever the story
// last told acting on the appellant in law
const ACTORS = [
  { id: "jury", names: ["a federal jury", "the jury"], kind: "organization" as const },
  { id: "silva", names: ["Rui Silva", "Silva"], kind: "person" as const },
  { id: "costa", names: ["Ana Costa", "Costa"], kind: "person" as const },
];

const TEXT = "Rui Silva was convicted of fraud by a federal jury on Friday. Silva plans an appeal.";

describe("appeals that name no one", () => {
  const doc = runEventStages(makeDoc(TEXT, ACTORS));
  const end = doc.text.length;

  it("aims the appeal at who acted on the appellant in law", () => {
    expect(appealedDecider(doc, end, "silva")).toEqual(["jury"]);
  });

  it("guesses no one when nobody acted on the appellant", () => {
    expect(appealedDecider(doc, end, "costa")).toEqual([]);
  });

  it("reads only acts told before the appeal", () => {
    expect(appealedDecider(doc, 0, "silva")).toEqual([]);
  });
});
