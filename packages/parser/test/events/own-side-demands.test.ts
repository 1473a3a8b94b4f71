import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: a politician asks their own state or party to act
const ACTORS = [
  ...WORLD,
  { id: "okafor", names: ["Senator Ruth Okafor", "Okafor"], kind: "person" as const, affiliation: "usa" },
  { id: "lindqvist", names: ["Erik Lindqvist", "Lindqvist"], kind: "person" as const, affiliation: "germany" },
];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("demands on one's own side", () => {
  it("reads 'called on the US to ...' by an American senator as a demand on the US", () => {
    const doc = run("Senator Ruth Okafor called on the United States to stay out of the border war.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["usa"] });
  });

  it("reads 'urged Germany to ...' by a German as a demand on Germany", () => {
    const doc = run("Erik Lindqvist urged Germany to reopen the mines.");
    expectResponse(doc.responses, { type: "demand", actor: "lindqvist", targets: ["germany"] });
  });

  it("still takes no own-side target from a name between the subject and the cue", () => {
    const doc = run("Erik Lindqvist, a German lawmaker, demanded an end to the strike.");
    const targets = doc.responses.filter((r) => r.actor === "lindqvist").flatMap((r) => r.targets);
    expect(targets, JSON.stringify(doc.responses)).not.toContain("germany");
  });
});
