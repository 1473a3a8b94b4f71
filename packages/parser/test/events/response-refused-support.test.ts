import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: one who says they will not (or cannot) support, back or endorse
// someone named rejects them; with no one named ("will not support the cuts"), or a
// retreat refused ("will not back down"), no one is rejected.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "smith", names: ["Senator John Smith", "John Smith", "Smith"], kind: "person", affiliation: "usa" },
  { id: "jones", names: ["Mary Jones", "Jones"], kind: "person", affiliation: "usa" },
];

function responsesOf(text: string) {
  const doc = makeDoc(text, ACTORS);
  findResponses(doc);
  return doc.responses;
}

describe("a refusal of support said ahead is a rejection", () => {
  it.each([
    "Smith announced earlier this month that he will not support Jones.",
    "Smith said he won't back Mary Jones.",
    "Smith declared that he cannot support Jones.",
    "Smith said he would not endorse Jones.",
  ])("%s", (text) => expectResponse(responsesOf(text), { type: "reject", actor: "smith", targets: ["jones"] }));

  it.each(["Smith said he will not support the spending cuts.", "Smith said he will not back down."])("%s", (text) =>
    expect(responsesOf(text).filter((r) => r.type === "reject")).toEqual([]));
});
