import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a meeting whose "with" comes a few words after "met"
// ("met for two hours with", "met on Sunday with") is still a meeting.
const ACTORS: ActorSpec[] = [
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person" },
  { id: "lavrik", names: ["Sergei Lavrik", "Lavrik"], kind: "person" },
];

function meetings(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "cooperate")
    .map((r) => [r.actor, r.targets]);
}

describe("met ... with", () => {
  it("reads a meeting with up to three words before its 'with'", () => {
    expect(meetings("Anna Berg met for two hours with Sergei Lavrik in Geneva.")).toEqual([["berg", ["lavrik"]]]);
    expect(meetings("Anna Berg met on Sunday with Sergei Lavrik.")).toEqual([["berg", ["lavrik"]]]);
  });

  it("reads no meeting when the 'with' belongs to a later clause", () => {
    expect(
      meetings("Anna Berg met reporters in Geneva on Sunday and later spoke of talks with Sergei Lavrik."),
    ).toEqual([]);
  });
});
