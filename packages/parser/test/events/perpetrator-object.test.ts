import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages } from "./make-doc.js";

// invented sentences: a legal act on "the accused" or "the suspect" falls on the
// one person the story calls its attacker; a possessive names someone else
const ACTORS = [
  { id: "police", names: ["Police", "police"], kind: "organization" as const },
  { id: "judge", names: ["Judge Ann Rowe", "Rowe"], kind: "person" as const },
  { id: "doe", names: ["John Doe", "Doe", "the attacker"], kind: "person" as const },
];

function legalActs(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.filter((r) => r.type === "legal_action");
}

const STORY = "John Doe, 28, opened fire in a mall on Friday. Witnesses said the attacker fled on foot.";

describe("legal acts on the story's perpetrator named by role", () => {
  it("aims 'arrested the accused' at the attacker", () => {
    const found = legalActs(`${STORY} Police arrested the accused in a nearby street.`);
    expect(found.map((r) => [r.actor, r.targets])).toContainEqual(["police", ["doe"]]);
  });

  it("reads the role noun right after the cue's verb", () => {
    const found = legalActs(`${STORY} Judge Ann Rowe ordered the accused remain in custody until April.`);
    expect(found.map((r) => [r.actor, r.targets])).toContainEqual(["judge", ["doe"]]);
  });

  it("does not take a possessed person for the perpetrator", () => {
    const found = legalActs(`${STORY} Police arrested the suspect's brother in a nearby street.`);
    expect(found.filter((r) => r.targets.includes("doe"))).toEqual([]);
  });
});
