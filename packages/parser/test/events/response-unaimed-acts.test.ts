import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences for opposition and admissions whose own words name no one ("voted against the
// bill", "later apologized"): a target guessed from the sentences around is left out, except a
// refusal of what was asked (which answers the asker) and a state's or a body's act aimed at a state.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "roe", names: ["Senator Jo Roe", "Jo Roe", "Roe"], kind: "person", affiliation: "usa" },
  { id: "poe", names: ["Al Poe", "Poe"], kind: "person", affiliation: "usa" },
  { id: "party", names: ["the Green Party", "Green Party"], kind: "organization", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("opposition with no one named", () => {
  it.each([
    "Al Poe spoke at the rally on Monday. Senator Jo Roe voted against the legislation.",
    "Al Poe campaigned in Ohio. Roe opposed the idea, saying it cost too much.",
    "Al Poe praised the Green Party. Roe has promised to veto it.",
    "Canada criticized the plan on Monday.",
  ])("guesses no target: %s", (text) => {
    expect(responsesOf(text).filter((r) => r.type === "reject")).toEqual([]);
  });

  it("keeps one named by the cue's own words", () => {
    expectResponse(responsesOf("Al Poe spoke on Monday. Roe rejected Poe's proposal."), {
      type: "reject",
      actor: "roe",
      targets: ["poe"],
    });
  });

  it("keeps a refusal of what was asked, aimed at the asker", () => {
    expectResponse(responsesOf("Germany asked Roe to testify. Roe declined the request."), {
      type: "reject",
      actor: "roe",
      targets: ["germany"],
    });
  });

  it("guesses no one an admission was made to", () => {
    const found = responsesOf("Al Poe criticised the Green Party on Monday. Roe later apologized.");
    expect(found.filter((r) => r.type === "admit")).toEqual([]);
  });

  it("keeps the one an apology names", () => {
    expectResponse(responsesOf("Al Poe spoke on Monday. Roe later apologized to Poe."), {
      type: "admit",
      actor: "roe",
      targets: ["poe"],
    });
  });
});
