import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: an act the pipeline leaves out for naming no target
// ("Washington launched an airstrike near the border") is still the act a
// later damning label points back to, so its doer is accused.
const ACTORS = [
  ...WORLD,
  { id: "mfa_pl", names: ["the Polish foreign ministry", "Polish foreign ministry"], kind: "organization" as const },
];

describe("acts without a target", () => {
  it("lends its doer to a label of 'the attack' after the pipeline drops it", () => {
    const doc = runEventStages(
      makeDoc(
        "Russia launched airstrikes near the border on Monday. The Polish foreign ministry characterized the attack as a serious violation of international law.",
        ACTORS,
      ),
    );
    expect(doc.responses.every((r) => r.targets.length > 0)).toBe(true);
    expect(doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`)).toEqual(["mfa_pl>russia"]);
  });
});
