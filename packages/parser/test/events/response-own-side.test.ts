import { describe, expect, it } from "vitest";
import { expectResponse, type WantedResponse } from "./expect-response.js";
import { type ActorSpec, responsesAmong } from "./make-doc.js";

// Invented sentences: a state jails, fines, sanctions, investigates or kills its own people and firms.
// The one named as the act's object is its target even though the story ties it to the state's side;
// a name of that side further on in the clause still is not.
const ACTORS: ActorSpec[] = [
  { id: "norland", names: ["Norland"], kind: "country" },
  { id: "vesta", names: ["Vesta"], kind: "country" },
  { id: "lind", names: ["Pia Lind", "Lind"], kind: "person", affiliation: "norland" },
  { id: "orbis", names: ["Orbis Media", "Orbis"], kind: "organization", affiliation: "norland" },
  { id: "berg", names: ["General Odd Berg", "the general"], kind: "person", affiliation: "norland" },
  { id: "kask", names: ["Timo Kask"], kind: "person", affiliation: "vesta" },
];

const responses = (text: string) => responsesAmong(text, ACTORS);

describe("acts of a state on its own people and firms", () => {
  it.each<[string, WantedResponse]>([
    [
      "Norland jailed opposition leader Pia Lind on Tuesday.",
      { type: "legal_action", actor: "norland", targets: ["lind"] },
    ],
    [
      "Norland issued a cease and desist order to Orbis Media, the largest broadcaster.",
      { type: "sanction", actor: "norland", targets: ["orbis"] },
    ],
    [
      "Norland levied sanctions against Orbis Media last year.",
      { type: "sanction", actor: "norland", targets: ["orbis"] },
    ],
    // security forces shoot their own citizens too
    [
      "Norland's killing of General Odd Berg drew protests.",
      { type: "military_action", actor: "norland", targets: ["berg"] },
    ],
    // another state's citizen is a target as before
    ["Norland arrested Timo Kask at the border.", { type: "legal_action", actor: "norland", targets: ["kask"] }],
  ])("%s", (text, want) => {
    expectResponse(responses(text), want);
  });

  it("does not take an own-side name deep in the clause for the target", () => {
    const found = responses(
      "Norland issued arrest warrants on 36 people believed to have been involved in the killing of the general.",
    );
    expect(found.flatMap((r) => r.targets)).not.toContain("berg");
  });
});
