import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: an appeal ("implored X to", "pleaded with X to") asks X; a dare
// ("dared X to try it again") threatens X; tariffs or sanctions put or slapped on X
// sanction X. Each needs the one asked, dared or hit named.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "jones", names: ["Mary Jones", "Jones"], kind: "person", affiliation: "usa" },
  { id: "acme", names: ["Acme Steel", "Acme"], kind: "organization" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("appeals, dares and tariffs put on someone", () => {
  it.each<[string, WantedResponse]>([
    ["Smith implored Jones to drop her attacks.", { type: "demand", actor: "smith", targets: ["jones"] }],
    ["Smith pleaded with Mary Jones to stay in the race.", { type: "demand", actor: "smith", targets: ["jones"] }],
    ["Smith dared Jones to try it again.", { type: "threaten", actor: "smith", targets: ["jones"] }],
    ["Smith has begun putting heavy tariffs on Acme.", { type: "sanction", actor: "smith", targets: ["acme"] }],
  ])("%s", (text, want) => expectResponse(responsesOf(text), want));

  it("no one named after the dare: no threat", () => {
    expect(responsesOf("No one dared to speak to Smith.").filter((r) => r.type === "threaten")).toEqual([]);
  });
});
