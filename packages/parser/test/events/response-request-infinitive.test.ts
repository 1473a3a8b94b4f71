import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a "told X ... to" or "asked X ... to" whose "to" ends a
// fixed preposition, or follows a clause's own subject, asks nothing of X.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "herald", names: ["Herald"], kind: "organization" },
  { id: "board", names: ["the Harbour Board", "Harbour Board"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("a cue's 'to' that opens no act asked", () => {
  it.each([
    "Moss told Herald in response to a question that the port would stay open.",
    "Moss told Herald they planned to answer the charges next week.",
  ])("%s", (text) => {
    expect(responses(text).filter((r) => r.type === "demand")).toEqual([]);
  });

  it.each([
    "Moss told the Harbour Board to reopen the port.",
    "Moss asked the Harbour Board on Monday to reopen the port.",
    // a pronoun inside an aside set off by commas is no subject of the "to"
    "Moss asked the Harbour Board, which she chairs, to reopen the port.",
    "Moss told the Harbour Board, which they had warned twice, to reopen the port.",
  ])("%s", (text) => {
    expectResponse(responses(text), { type: "demand", actor: "moss", targets: ["board"] });
  });
});
