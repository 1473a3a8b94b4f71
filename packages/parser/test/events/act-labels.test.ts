import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: declaring or treating an act as terrorism accuses the
// act's doer as the story names it, the way condemning the act does; a label
// said of no act and no actor accuses no one.
const ACTORS = [
  ...WORLD,
  { id: "varga", names: ["Imre Varga", "Varga"], kind: "person" as const },
  { id: "police", names: ["Kent Police"], kind: "organization" as const },
  { id: "holt", names: ["Mayor Dana Holt", "Holt"], kind: "person" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

const pairs = (text: string) => accusationPairs(run(text));

describe("an act declared or treated as terrorism", () => {
  it("reads 'declared the attack a terrorist incident' as an accusation of the attack's doer", () => {
    expect(
      pairs(
        "Imre Varga attacked shoppers in a market on Friday. Kent Police declared the attack a terrorist incident.",
      ),
    ).toEqual(["police>varga"]);
  });

  it("reads 'treating the stabbing as terrorism' the same way", () => {
    expect(
      pairs("Varga stabbed two guards at the station. Kent Police are treating the stabbing as terrorism."),
    ).toEqual(["police>varga"]);
  });

  it("accuses no one when no doer of the act is told, or the treatment names no label", () => {
    expect(pairs("Kent Police declared the attack a terrorist incident.")).toEqual([]);
    expect(pairs("Varga stabbed two guards. Kent Police are treating the stabbing as a priority.")).toEqual([]);
  });
});
