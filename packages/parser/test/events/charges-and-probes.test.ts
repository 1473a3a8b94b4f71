import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: an investigation accuses its object only over something
// alleged, suspected or wrong; charges brought "against" someone accuse who
// follows, a pronoun there standing for the last person named before.
const ACTORS = [
  ...WORLD,
  { id: "varga", names: ["Ilona Varga", "Varga"], kind: "person" as const },
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  { id: "da", names: ["the Lakeside district attorney", "Lakeside district attorney"], kind: "organization" as const },
  { id: "doj", names: ["the Justice Department", "Justice Department"], kind: "organization" as const },
];

function pairs(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
}

describe("investigations and charges with a named agent", () => {
  it("reads an investigation over an alleged act as an accusation of its object", () => {
    expect(pairs("The Lakeside district attorney is investigating Varga over alleged payments to a witness.")).toEqual([
      "da>varga",
    ]);
  });

  it("reads an investigation for a wrong as an accusation", () => {
    expect(pairs("The Lakeside district attorney is investigating Varga for bribery and fraud.")).toEqual(["da>varga"]);
  });

  it("does not read an investigation of a cause or a time", () => {
    expect(pairs("The Lakeside district attorney is investigating Varga's death for its causes.")).toEqual([]);
    expect(pairs("The Lakeside district attorney is investigating Varga over the coming weeks.")).toEqual([]);
  });

  it("reads charges unsealed against a pronoun as accusing the person named before", () => {
    expect(
      pairs(
        "Okafor is already in jail in Poland, but on Monday the Justice Department unsealed new charges against him.",
      ),
    ).toEqual(["doj>okafor"]);
  });

  it("reads charges filed against a named actor", () => {
    expect(pairs("The Justice Department filed charges against Varga on Monday.")).toEqual(["doj>varga"]);
  });
});
