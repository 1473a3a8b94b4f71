import { describe, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: efforts, attempts and bids are rejected, opposed and blocked
// like proposals; the one whose effort it is (a possessor) is the target.
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

describe("rejected efforts and attempts", () => {
  it.each<[string, WantedResponse]>([
    ["Smith rejected Jones's attempts to amend the bill.", { type: "reject", actor: "smith", targets: ["jones"] }],
    ["Smith blocked Jones's efforts to reopen the case.", { type: "reject", actor: "smith", targets: ["jones"] }],
    ["Smith opposed Jones's efforts to pressure the board.", { type: "reject", actor: "smith", targets: ["jones"] }],
  ])("%s", (text, want) => expectResponse(responsesOf(text), want));
});
