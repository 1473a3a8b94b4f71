import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences whose subject is followed by an apposition set off by commas that
// names another actor ("Roth, mayor of Brek in Norland, sued"): the name the apposition
// follows is the subject, not the one inside it.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "guard", names: ["the Norland Guard"], kind: "group", affiliation: "norland" },
  { id: "court", names: ["the Appeals Court"], kind: "organization", affiliation: "norland" },
  { id: "roth", names: ["Ben Roth", "Roth"], kind: "person" },
  { id: "klein", names: ["Ana Klein", "Klein"], kind: "person" },
  { id: "reuters", names: ["Reuters"], kind: "media" },
];

function responses(text: string) {
  return runEventStages(makeDoc(text, ACTORS)).responses;
}

describe("a subject followed by an apposition", () => {
  it.each<[string, WantedResponse]>([
    [
      "Ben Roth, mayor of Brek in Norland, sued Ana Klein.",
      { type: "legal_action", actor: "roth", targets: ["klein"] },
    ],
    [
      "Ben Roth, from Brek, Norland, on Tuesday sued Ana Klein.",
      { type: "legal_action", actor: "roth", targets: ["klein"] },
    ],
    // a doer set off from "killed" by an apposition is still named next to it; "a woman named X" is its object
    [
      "Ben Roth, a member of the Norland Guard, killed a woman named Ana Klein.",
      { type: "military_action", actor: "roth", targets: ["klein"] },
    ],
    // the passive's patient heads the apposition; the place before it is no patient
    [
      "On Friday in Norland, Ben Roth, brother of Ana Klein, was sentenced to life in prison by the Appeals Court.",
      { type: "legal_action", actor: "court", targets: ["roth"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  // a long aside holding commas of its own ("Brek, Norland") is skipped whole: the opening names act
  it.each<[string, WantedResponse]>([
    [
      "Ben Roth and Ana Klein, the parents of two soldiers killed in the 2012 raid on a Guard base in Brek, Norland, have filed a lawsuit against Reuters.",
      { type: "legal_action", actor: "roth", targets: ["reuters"] },
    ],
    [
      "Ben Roth, a lawyer who was born in Brek, Norland, sued Reuters.",
      { type: "legal_action", actor: "roth", targets: ["reuters"] },
    ],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it("leaves the opening name when a clause of its own follows the aside", () => {
    const found = responses("Ben Roth, after months of talks with Reuters, said the Norland Guard had sued Ana Klein.");
    expect(found.find((r) => r.type === "legal_action")?.actor).toBe("guard");
  });

  it("leaves a name after 'according to' out: the name after its comma is the subject", () => {
    expectResponse(responses("According to Reuters, Norland, on Monday, sued Ana Klein."), {
      type: "legal_action",
      actor: "norland",
      targets: ["klein"],
    });
  });

  it("does not take a listed name for an apposition ('Roth and Klein, in a statement, sued')", () => {
    const found = responses("Ben Roth and Ana Klein, in a joint statement, sued the Norland Guard.");
    expect(found.map((r) => r.actor)).not.toContain("reuters");
    expect(found.find((r) => r.type === "legal_action")?.targets).toEqual(["guard"]);
  });
});
