import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: talks between two sides ("spoke with", "spoke by phone with") and joining forces
// ("teamed up with") are cooperation; with
// a medium on either side they are an interview.
const ACTORS: ActorSpec[] = [
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "norland", names: ["Norland"], kind: "country" },
  { id: "estovia", names: ["Estovia"], kind: "country" },
  { id: "gazette", names: ["the Harbor Gazette", "Harbor Gazette"], kind: "media" },
];

function contacts(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "cooperate")
    .map((r) => [r.actor, r.targets]);
}

describe("talks between two sides", () => {
  it.each([
    ["Mayor Per Lindqvist spoke with Governor Ada Okafor on Tuesday.", "lindqvist", "okafor"],
    ["Mayor Per Lindqvist spoke briefly by phone with Governor Ada Okafor.", "lindqvist", "okafor"],
    ["Mayor Per Lindqvist teamed up with Governor Ada Okafor to introduce the bill.", "lindqvist", "okafor"],
  ])("reads %s", (text, actor, target) => {
    expect(contacts(text)).toEqual([[actor, [target]]]);
  });

  it("reads no contact in an interview", () => {
    expect(contacts("Mayor Per Lindqvist spoke with the Harbor Gazette about the campaign.")).toEqual([]);
  });
});
