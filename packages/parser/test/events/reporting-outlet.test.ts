import { describe, expect, it } from "vitest";
import { type ActorSpec, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: a news outlet that only tells of an act, or is told of it, is not its target
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "acme", names: ["Acme Motors", "Acme"], kind: "organization" },
  { id: "herald", names: ["The Daily Herald", "the Daily Herald", "Daily Herald"], kind: "media" },
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person" },
];
const responses = (text: string) => parseClaimsAndEvents(text, ACTORS).responses;

describe("an outlet reporting an act is not its target", () => {
  it("drops the outlet told of the act", () => {
    const found = responses('"Acme is fully cooperating with the regulators," Acme told the Daily Herald.');
    expect(found.filter((r) => r.targets.includes("herald"))).toEqual([]);
  });

  it("drops the outlet that reports the act", () => {
    const found = responses("Anna Berg held a meeting with community leaders, the Daily Herald reported.");
    expect(found.filter((r) => r.targets.includes("herald"))).toEqual([]);
  });

  it("keeps an outlet the act's own words name", () => {
    const found = responses("Anna Berg rejected a Daily Herald proposal for a debate.");
    expect(found.some((r) => r.type === "reject" && r.targets.includes("herald"))).toBe(true);
  });
});
