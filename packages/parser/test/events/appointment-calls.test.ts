import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents } from "./make-doc.js";

// invented sentences: a quoted wish that a special prosecutor "be appointed"
// is its speaker's demand of the justice body; a forecast or the story's own
// telling is none
const ACTORS = [
  { id: "doj", names: ["the Justice Department", "Justice Department"], kind: "organization" as const },
  { id: "lane", names: ["Senator Mia Lane", "Lane"], kind: "person" as const },
  { id: "ross", names: ["Tom Ross", "Ross"], kind: "person" as const },
];

function demands(text: string) {
  return parseClaimsAndEvents(text, ACTORS).responses.filter((r) => r.type === "demand");
}

describe("appointments asked for in a claim", () => {
  it("reads 'a special prosecutor be appointed' as the speaker's demand of the justice body", () => {
    const found = demands(
      'Tom Ross runs the Justice Department. "The evidence is clear: it is time a special prosecutor be appointed," Senator Mia Lane said.',
    );
    expect(found.map((r) => [r.actor, r.targets])).toContainEqual(["lane", ["doj"]]);
  });

  it("reads no demand in a forecast", () => {
    const found = demands(
      'Tom Ross runs the Justice Department. "A special prosecutor will be appointed next week," Senator Mia Lane said.',
    );
    expect(found).toEqual([]);
  });
});
