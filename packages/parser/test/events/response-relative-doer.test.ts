import { describe, expect, it } from "vitest";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences: an act verb inside a "who/which/that" clause is done by the noun the
// clause describes, not by the main clause's subject or speaker.
const ACTORS: ActorSpec[] = [
  { id: "smith", names: ["John Smith", "Smith"], kind: "person" },
  { id: "union", names: ["the Dockers Union", "Dockers Union"], kind: "organization" },
  { id: "ruritania", names: ["Ruritania"], kind: "country" },
];

function acts(text: string, type: string) {
  return runEventStages(makeDoc(text, ACTORS))
    .responses.filter((r) => r.type === type)
    .map((r) => r.actor);
}

describe("acts inside a relative clause", () => {
  it("does not give the speaker an act of people a relative clause describes", () => {
    expect(acts("John Smith said he would meet farmers who have protested for weeks.", "protest")).not.toContain(
      "smith",
    );
  });

  it("does not give the main subject an act inside a 'who' clause", () => {
    expect(acts("John Smith praised the workers who marched against Ruritania.", "protest")).not.toContain("smith");
  });

  it("gives the act to the named actor the clause describes", () => {
    expect(
      acts("John Smith met the Dockers Union, which has protested against Ruritania for weeks.", "protest"),
    ).toContain("union");
    expect(
      acts("John Smith met the Dockers Union, which has protested against Ruritania for weeks.", "protest"),
    ).not.toContain("smith");
  });

  it("still gives a main-clause act to its subject", () => {
    expect(acts("John Smith protested against Ruritania on Monday.", "protest")).toContain("smith");
  });
});
