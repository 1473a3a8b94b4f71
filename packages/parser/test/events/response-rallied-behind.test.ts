import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: rallying, uniting or lining up behind a named person is backing that person
// (cooperation); behind a thing ("the bill") or a rank in a race ("fell behind") is not.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "kern", names: ["Governor Ida Kern", "Ida Kern", "Kern"], kind: "person" },
  { id: "union", names: ["the Dockworkers Union", "Dockworkers Union"], kind: "organization" },
];

const cooperation = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "cooperate");

describe("rallying behind someone", () => {
  it.each([
    "The Dockworkers Union is coalescing behind Senator Lena Moss.",
    "Ida Kern was rallying her supporters behind Lena Moss.",
    "The Dockworkers Union lined up behind Lena Moss on Tuesday.",
  ])("reads backing in %s", (text) => {
    const r = cooperation(text)[0];
    expect(r?.targets).toEqual(["moss"]);
  });

  it("gives the backing to its subject", () => {
    expectResponse(cooperation("Ida Kern rallied the party behind Lena Moss."), {
      type: "cooperate",
      actor: "kern",
      targets: ["moss"],
    });
  });

  it.each([
    "The Dockworkers Union united behind the bill, Lena Moss said.",
    "Ida Kern fell behind Lena Moss in the polls.",
  ])("reads no backing in %s", (text) => {
    expect(cooperation(text)).toEqual([]);
  });
});
