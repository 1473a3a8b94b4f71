import { describe, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages } from "./make-doc.js";

// invented sentences: a state or a body named right before a person's capitalised title
// ("US Attorney General X", "Acme Corp Chairman X") is the person's own, not the one acted on
const ACTORS = [
  { id: "usa", names: ["the United States", "US"] },
  { id: "okafor", names: ["Senator Ruth Okafor", "Okafor"], kind: "person" as const, affiliation: "usa" },
  { id: "ford", names: ["Luke Ford", "Ford"], kind: "person" as const, affiliation: "usa" },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("a state or body before a person's capitalised title", () => {
  it("aims a call at the titled person, not the state in the title", () => {
    const doc = run("Okafor called for the impeachment of US Attorney General Luke Ford on Friday.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["ford"] });
  });

  it("aims a meeting at the titled person, not the body in the title", () => {
    const doc = run("Okafor met with Acme Corp Chairman Luke Ford on Monday.");
    expectResponse(doc.responses, { type: "cooperate", actor: "okafor", targets: ["ford"] });
  });

  it("keeps a body and a person joined by a lower-case word as a list", () => {
    const doc = run("Okafor met with Acme Corp and Luke Ford on Monday.");
    expectResponse(doc.responses, { type: "cooperate", actor: "okafor", targets: ["acme", "ford"] });
  });
});
