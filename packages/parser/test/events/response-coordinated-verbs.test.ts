import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a legal act joined to the clause before by "and" across words that
// only time it or say it was sought ("and then", "and later", "and would seek to") is done
// by that clause's subject, not by the person named last before it.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "westmark", names: ["Westmark"] },
  { id: "police", names: ["Norland police"], kind: "organization", affiliation: "norland" },
  { id: "vale", names: ["Oskar Vale", "Vale"], kind: "person", affiliation: "westmark" },
];

function legal(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.filter((r) => r.type === "legal_action");
}

describe("a legal act coordinated across timing and seeking words", () => {
  it.each([
    ["Norland police questioned Oskar Vale at the border and then arrested him.", "police"],
    ["Norland police searched the flat of Oskar Vale and subsequently detained him.", "police"],
    [
      "Norland would consider charging Oskar Vale with fraud and would seek to extradite Vale from Westmark.",
      "norland",
    ],
  ])("%s", (text, actor) => {
    const acts = legal(text);
    expectResponse(acts, { type: "legal_action", actor, targets: ["vale"] });
    expect(acts.map((r) => r.actor)).not.toContain("vale");
  });
});
