import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a fine received, like a prison term received, is a verdict with the one
// fined as its subject: with no agent named it is the story's court's.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "court", names: ["the Harbour District Court"], kind: "organization", affiliation: "norland" },
  { id: "vale", names: ["Oskar Vale", "Vale"], kind: "person", affiliation: "norland" },
];

function legal(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses.filter((r) => r.type === "legal_action");
}

describe("fines received", () => {
  it.each([
    ["Oskar Vale appeared before the Harbour District Court on Monday. Vale was given a fine of 9,000 crowns."],
    ["Oskar Vale appeared before the Harbour District Court on Monday. Vale received a heavy fine for tax fraud."],
  ])("%s", (text) => {
    expectResponse(legal(text), { type: "legal_action", actor: "court", targets: ["vale"] });
  });

  it("credits no one when the story names no court", () => {
    expect(legal("Oskar Vale received a fine for parking in Norland.")).toEqual([]);
  });
});
