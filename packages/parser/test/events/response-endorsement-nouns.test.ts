import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: an endorsement told as a noun, coded only with its endorser and the one
// endorsed both named around it; and the person a name modifies ("Kern rival Paul Strand") as
// the one endorsed, not the name before the tie.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Paul Strand", "Strand"], kind: "person" },
  { id: "kern", names: ["Ida Kern", "Kern"], kind: "person" },
  { id: "union", names: ["the Dockworkers Union", "Dockworkers Union"], kind: "organization" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("endorsements told as nouns", () => {
  it.each<[string, WantedResponse]>([
    [
      "Lena Moss's endorsement of Paul Strand came as a surprise.",
      { type: "cooperate", actor: "moss", targets: ["strand"] },
    ],
    ["It was an early Strand endorsement by Ida Kern.", { type: "cooperate", actor: "kern", targets: ["strand"] }],
    [
      "Paul Strand won the endorsement of the Dockworkers Union on Monday.",
      { type: "cooperate", actor: "union", targets: ["strand"] },
    ],
    ["Strand received an endorsement from Ida Kern.", { type: "cooperate", actor: "kern", targets: ["strand"] }],
    ["On Sunday Moss gave Strand a warm endorsement.", { type: "cooperate", actor: "moss", targets: ["strand"] }],
    ["Ida Kern's ringing endorsement of Paul Strand", { type: "cooperate", actor: "kern", targets: ["strand"] }],
  ])("reads %s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it.each([
    // one side unnamed, sought but not given, withdrawn, or denied
    "Paul Strand sought the endorsement of Ida Kern.",
    "Kern rescinded her endorsement of Paul Strand.",
    "Strand said he did not seek or receive Moss's endorsement.",
    "Moss said there was no endorsement of Strand.",
    "Strand has collected many endorsements this year.",
  ])("tells no endorsement in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "cooperate")).toEqual([]);
  });

  it("aims an endorsement at the person a name modifies, not the name", () => {
    expectResponse(responses("Lena Moss will endorse Kern rival Dr Paul Strand at a rally."), {
      type: "cooperate",
      actor: "moss",
      targets: ["strand"],
    });
    expectResponse(responses("Lena Moss endorsed Kern ally Paul Strand."), {
      type: "cooperate",
      actor: "moss",
      targets: ["strand"],
    });
  });
});
