import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: an act only proposed, called for or threatened is a demand or a threat, not the act
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("acts proposed or threatened", () => {
  it("reads 'proposed barring X' as a demand aimed at X, not a sanction", () => {
    const doc = run("Senator Ruth Okafor proposed barring Iranian officials from the hearings.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["iran"] });
    expect(doc.responses.filter((r) => r.type === "sanction")).toEqual([]);
  });

  it("reads 'called for temporarily banning X' as a demand", () => {
    const doc = run("Okafor called for temporarily banning Iranian airline Mahan from the state's airports.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor" });
    expect(doc.responses.filter((r) => r.type === "sanction")).toEqual([]);
  });

  it("reads 'threats of airstrikes against X' as a threat, not a strike", () => {
    const doc = run("Putin's threats of airstrikes against Ukraine alarmed Poland.");
    expectResponse(doc.responses, { type: "threaten", actor: "putin", targets: ["ukraine"] });
    expect(doc.responses.filter((r) => r.type === "military_action")).toEqual([]);
  });

  it("keeps a ban imposed as a sanction", () => {
    const doc = run("Okafor banned Iranian officials from the hearings.");
    expectResponse(doc.responses, { type: "sanction", actor: "okafor" });
  });
});
