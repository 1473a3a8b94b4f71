import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a meeting told in the infinitive or the future ("will meet with",
// "plans to meet with") and a meeting told as a possessed noun ("his meeting with",
// "Okafor's meeting with") are the possessor's cooperation with whom "with" names.
const ACTORS: ActorSpec[] = [
  { id: "okafor", names: ["Governor Ada Okafor", "Okafor"], kind: "person" },
  { id: "lindqvist", names: ["Mayor Per Lindqvist", "Lindqvist"], kind: "person" },
  { id: "union", names: ["the Dockworkers Union"], kind: "organization" },
];

function meetings(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "cooperate")
    .map((r) => [r.actor, r.targets, r.modality]);
}

function meetingsWith(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "cooperate" && r.targets.includes("union"))
    .map((r) => [r.actor, r.targets]);
}

describe("meetings told as plans or as nouns", () => {
  it("reads 'will meet with' and 'plans to meet with' as a meeting announced", () => {
    expect(meetings("Governor Ada Okafor will meet with Mayor Per Lindqvist on Friday.")).toEqual([
      ["okafor", ["lindqvist"], "announced"],
    ]);
    expect(meetings("Governor Ada Okafor plans to meet with the Dockworkers Union next week.")).toEqual([
      ["okafor", ["union"], expect.any(String)],
    ]);
  });

  it("reads no meeting in a trip's purpose or a coordinated bare verb, whose subject is out of reach", () => {
    expect(meetings("Governor Ada Okafor flew to Oslo on Monday to meet with Mayor Per Lindqvist.")).toEqual([]);
    expect(meetings("Governor Ada Okafor will not address the rally or meet with the Dockworkers Union.")).toEqual([]);
  });

  // the output has no modality: a meeting told as not planned would read as one held
  it("reads a negated plan to meet as no meeting", () => {
    expect(meetings("Governor Ada Okafor has no plans to meet with Mayor Per Lindqvist.")).toEqual([]);
  });

  it("reads a possessed meeting noun as the possessor's meeting", () => {
    expect(meetings("Governor Ada Okafor said her private meeting with Mayor Per Lindqvist went well.")).toEqual([
      ["okafor", ["lindqvist"], "done"],
    ]);
    expect(meetings("Okafor's meeting with the Dockworkers Union lasted two hours.")).toEqual([
      ["okafor", ["union"], "done"],
    ]);
  });

  it("reads a possessive pronoun as the clause's subject, or the subject after a fronted phrase", () => {
    expect(
      meetingsWith(
        "Governor Ada Okafor spoke at Mayor Per Lindqvist's invitation, before her meeting with the Dockworkers Union.",
      ),
    ).toEqual([["okafor", ["union"]]]);
    expect(meetingsWith("After her meeting with the Dockworkers Union, Governor Ada Okafor left the city.")).toEqual([
      ["okafor", ["union"]],
    ]);
    // the evidence of the fronted meeting ends with the one met: the meeting told after it is its own
    expect(
      meetings("After her meeting with the Dockworkers Union, Governor Ada Okafor met with Mayor Per Lindqvist.").map(
        (x) => x.slice(0, 2),
      ),
    ).toEqual([
      ["okafor", ["union"]],
      ["okafor", ["lindqvist"]],
    ]);
  });

  it("reads no one meeting in an unowned meeting noun", () => {
    expect(meetings("The meeting with Mayor Per Lindqvist lasted two hours.")).toEqual([]);
    expect(meetings("Governor Ada Okafor said a meeting with Mayor Per Lindqvist was possible.")).toEqual([]);
  });
});

// Invented sentences: striking a deal with someone is cooperation with them.
describe("deals with", () => {
  it("reads a deal or an agreement reached with someone as cooperation", () => {
    expect(meetings("Governor Ada Okafor reached a tentative deal with the Dockworkers Union.")).toEqual([
      ["okafor", ["union"], "done"],
    ]);
    expect(meetings("Mayor Per Lindqvist struck an agreement with Governor Ada Okafor.")).toEqual([
      ["lindqvist", ["okafor"], "done"],
    ]);
  });
});
