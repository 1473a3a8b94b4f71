import { describe, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: "in reply to" is a fixed preposition that stops an ask read across
// a gap ("told X in reply to a question"), but a cue that spells "reply to" itself
// ("did not reply to a request for comment") is a refusal to comment.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("a 'to' a cue spells after its verb is no fixed preposition", () => {
  it.each([
    "Smith did not reply to a request for comment Tuesday.",
    "Smith has not replied to messages seeking comment.",
  ])("%s", (text) => expectResponse(responsesOf(text), { type: "decline_comment", actor: "smith" }));
});
