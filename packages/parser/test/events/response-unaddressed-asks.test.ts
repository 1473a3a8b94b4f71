import { describe, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: an ask that names no one asked ("requests to discuss") tells no
// request, so it does not hide the refusal to comment its words sit in.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("asks that name no one asked hide no other cue", () => {
  it("a refusal to answer requests to discuss is a decline to comment", () => {
    expectResponse(responsesOf("Smith did not respond to requests to discuss his work for Acme."), {
      type: "decline_comment",
      actor: "smith",
    });
  });
  it("an ask that names the one asked is still a demand", () => {
    const rs = responsesOf("Smith asked Acme to recall the cars.");
    expectResponse(rs, { type: "demand", actor: "smith", targets: ["acme"] });
  });
});
