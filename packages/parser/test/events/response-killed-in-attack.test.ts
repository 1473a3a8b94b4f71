import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: a passive killing with no "by" whose doer is named as the
// attack it happened in ("was killed in a Freedonian drone strike").
const ACTORS: ActorSpec[] = [
  { id: "freedonia", names: ["Freedonia", "Freedonian"] },
  { id: "sylvania", names: ["Sylvania", "Sylvanian"] },
  { id: "vell", names: ["Marcus Vell", "Vell"], kind: "person" },
  // the actor stage may side the dead with the attack's state: no bar to being its target
  { id: "ostrova", names: ["Ivo Ostrova", "Ostrova"], kind: "person", affiliation: "freedonia" },
  { id: "holm", names: ["Peter Holm", "Holm"], kind: "person" },
];

function attacks(text: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === "military_action")
    .map((r) => [r.actor, r.targets]);
}

describe("killed in a named attack", () => {
  it("reads the name before the attack noun as the doer", () => {
    expect(attacks("Marcus Vell was killed in a Freedonia drone strike near the border on Tuesday.")).toEqual([
      ["freedonia", ["vell"]],
    ]);
    expect(attacks("Marcus Vell has been killed in a Sylvania counter-terrorism operation, officials said.")).toEqual([
      ["sylvania", ["vell"]],
    ]);
  });

  it("keeps the dead as targets whatever side they were given", () => {
    expect(attacks("Ivo Ostrova was killed in a Freedonia raid on his village.")).toEqual([["freedonia", ["ostrova"]]]);
  });

  it("reads no attack in a killing with no doer named before an attack noun", () => {
    expect(attacks("Peter Holm was killed in a car crash in Sylvania.")).toEqual([]);
    expect(attacks("Peter Holm was killed in a Sylvania department store in 2003.")).toEqual([]);
    expect(attacks("Peter Holm was killed in Sylvania during a strike by dock workers.")).toEqual([]);
  });
});
