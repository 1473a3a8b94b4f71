import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: an act "met with protests" is protested by the story's
// protesters, against the story's government.
const ACTORS: ActorSpec[] = [
  { id: "moldova", names: ["Moldova", "Moldovan"] },
  { id: "protesters", names: ["protesters", "Protesters"], kind: "group" },
  {
    id: "gov",
    names: ["the Moldovan government", "The Moldovan government"],
    kind: "organization",
    affiliation: "moldova",
  },
  { id: "farmers", names: ["Farmers", "farmers"], kind: "group" },
];

function protests(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "protest")
    .map((r) => [r.actor, r.targets]);
}

describe("acts met with protests", () => {
  it("reads 'was met with protests' as the protesters' protest", () => {
    const got = protests(
      "The Moldovan government raised fuel taxes in May. Protesters said the rise hurt farmers. The move was met with protests and strikes.",
    );
    expect(got).toEqual([["protesters", ["gov"]]]);
  });

  it("reads no protest in a meeting", () => {
    expect(protests("Farmers were met with the Moldovan government in May.")).toEqual([]);
    expect(protests("The Moldovan government met with farmers in May.")).toEqual([]);
  });
});
