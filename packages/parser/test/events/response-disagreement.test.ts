import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: disagreeing with a plan, a policy or its logic is a
// rejection of the plan's owner (ANNOTATION.md: disagreement with a policy
// proposal is a response, `reject`); questioning "the idea that" something
// happened is no proposal rejected.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "jones", names: ["Mary Jones", "Jones"], kind: "person", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("disagreement with a proposal", () => {
  it.each<[string, WantedResponse]>([
    ["Smith also questioned Jones's logic.", { type: "reject", actor: "smith", targets: ["jones"] }],
    ["Smith disagreed with Jones's plan to cut taxes.", { type: "reject", actor: "smith", targets: ["jones"] }],
    ["Smith lambasted the Iran deal negotiated by Jones.", { type: "reject", actor: "smith", targets: ["jones"] }],
  ])("%s", (text, want) => expectResponse(responsesOf(text), want));

  it("reads no rejection in questioning the idea that something happened", () => {
    const found = responsesOf("Smith questioned the idea that Jones had lied.");
    expect(found.filter((r) => r.type === "reject")).toEqual([]);
  });
});
