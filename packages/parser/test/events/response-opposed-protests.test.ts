import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong, WORLD } from "./make-doc.js";

// Invented sentences: a protest word with "anti-" and a name before it is aimed at the one named,
// whether the sentence's verb tells the protest or the protest word alone does.
const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: "moss", names: ["Senator Lena Moss", "Lena Moss", "Moss"], kind: "person" },
  { id: "protesters", names: ["protesters", "demonstrators"], kind: "group" },
  { id: "hotel", names: ["the Grand Hotel", "Grand Hotel"], kind: "organization" },
];

const protests = (text: string) => responsesAmong(text, ACTORS).filter((r) => r.type === "protest");

describe("protests aimed by 'anti-'", () => {
  it("aims a protest told by its verb at the one 'anti-' names, not the place", () => {
    expectResponse(protests("Hundreds of anti-Moss protesters gathered outside the Grand Hotel on Friday."), {
      type: "protest",
      actor: "protesters",
      targets: ["moss"],
    });
  });

  it("tells the protest a protest word names", () => {
    expectResponse(protests("Police said the fight broke out during another anti-Moss rally at the venue."), {
      type: "protest",
      actor: "protesters",
      targets: ["moss"],
    });
  });

  it("keeps the side a fight is aimed at", () => {
    const told = protests("Hundreds of anti-Moss protesters clashed with police outside the Grand Hotel.");
    expect(told.some((r) => r.targets.includes("moss"))).toBe(false);
  });

  it.each([
    // a sign names no protest of its own; a lower-case word names no party; an unknown name neither
    "Moss saw anti-Moss signs along the road.",
    "Senator Lena Moss spoke as anti-war protesters waited outside.",
    "The anti-Strand rally drew a crowd.",
  ])("tells no protest aimed by 'anti-' in %s", (text) => {
    expect(protests(text).filter((r) => r.targets.includes("moss"))).toEqual([]);
  });
});
