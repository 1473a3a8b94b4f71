import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: cooperation told as not done is no act; and the state an agreement is
// named for ("the Iran deal") is not whom acting on the deal is aimed at.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "strand", names: ["Paul Strand", "Strand"], kind: "person" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("cooperation not done, and deals named for a state", () => {
  it.each([
    "Lena Moss has not endorsed Paul Strand.",
    "Moss said she never met with Paul Strand.",
    "Moss did not sign the agreement with Paul Strand.",
  ])("tells no cooperation in %s", (text) => {
    expect(responses(text).filter((r) => r.type === "cooperate")).toEqual([]);
  });

  it("keeps cooperation told as done", () => {
    expectResponse(responses("Lena Moss met with Paul Strand on Monday."), {
      type: "cooperate",
      actor: "moss",
      targets: ["strand"],
    });
  });

  it.each([
    "Lena Moss opposed the Iran deal last summer.",
    "Lena Moss criticized the Iran agreement.",
  ])("aims no rejection at the state a deal is named for in %s", (text) => {
    expect(responses(text).filter((r) => r.targets.includes("iran"))).toEqual([]);
  });

  it("aims a rejection at the deal's possessor", () => {
    expectResponse(responses("Lena Moss criticized Strand's Iran deal."), {
      type: "reject",
      actor: "moss",
      targets: ["strand"],
    });
  });
});
