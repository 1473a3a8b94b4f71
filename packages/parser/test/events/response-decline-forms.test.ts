import { describe, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: more ways to decline to comment ("declined to respond to
// questions", "declined to be interviewed", "declined to weigh in", "did not respond to
// attempts to reach him", a requester's name of several words before "requests").
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "post", names: ["The Washington Post", "Washington Post"], kind: "organization" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("declines to comment, told in other words", () => {
  it.each([
    "Smith declined to respond to questions about the program.",
    "Smith declined to directly respond to a question about the deal.",
    "Smith declined to be interviewed for this article.",
    "Smith declined to weigh in on the debate.",
    "Smith did not respond to attempts to reach him.",
    "Smith did not respond to The Washington Post's repeated requests for comment.",
  ])("%s", (text) => expectResponse(responsesOf(text), { type: "decline_comment", actor: "smith" }));
});
