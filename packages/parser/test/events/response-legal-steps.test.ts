import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: calls for a prosecutor or an inquiry, pleas, court orders, and requests weighed
const JUSTICE: ActorSpec[] = [
  { id: "justice", names: ["the Justice Department", "Justice Department"], kind: "organization", affiliation: "usa" },
  { id: "acme", names: ["Acme Freight", "Acme"], kind: "organization", affiliation: "usa" },
  { id: "court", names: ["the Superior Court", "Superior Court"], kind: "organization", affiliation: "uk" },
  { id: "tallis", names: ["Dora Tallis", "Tallis"], kind: "person" },
];
const ACTORS = [...WORLD, ...STATE_POLITICS, ...JUSTICE];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("calls for a prosecutor or an inquiry", () => {
  it("reads 'called for a special prosecutor to investigate X' as a demand of the story's justice body", () => {
    const doc = run(
      "The Justice Department has kept quiet. Okafor called for a special prosecutor to investigate Governor Hal Brandt.",
    );
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["justice"] });
    expect(doc.responses.filter((r) => r.type === "investigate")).toEqual([]);
  });

  it("asks the state the story names most when it names no justice body", () => {
    const actors = ACTORS.filter((a) => a.id !== "justice");
    const doc = runEventStages(
      makeDoc("The United States held a vote. Okafor called for an independent counsel on Friday.", actors),
    );
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["usa"] });
  });

  it("reads 'requested another Justice Department investigation of X' as a demand of that body", () => {
    const doc = run("Okafor on Tuesday requested yet another Justice Department investigation of Brandt.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["justice"] });
  });

  it("does not read 'wants to know about the probe' as a call for one", () => {
    const doc = run("Okafor wants to know about the probe of Brandt.");
    expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
  });
});

describe("pleas", () => {
  it("reads 'pleaded guilty to X' as an admission to the prosecuting state, not to one the charge names", () => {
    const doc = run("The United States charged Tallis. Tallis pleaded guilty to donating money to Okafor.");
    expectResponse(doc.responses, { type: "admit", actor: "tallis", targets: ["usa"] });
  });

  it("pleads to the country of the court named", () => {
    const doc = run("Tallis pleaded guilty to each crime at the Superior Court.");
    expectResponse(doc.responses, { type: "admit", actor: "tallis", targets: ["uk"] });
  });

  it("does not read 'credit for pleading guilty' as a plea told", () => {
    const doc = run("The United States refused to give Tallis credit for pleading guilty.");
    expect(doc.responses.filter((r) => r.type === "admit")).toEqual([]);
  });
});

describe("court orders and requests weighed", () => {
  it("reads a judge's order to do something as a legal act on the one ordered", () => {
    const doc = run("The United States sued Acme. A federal judge last month ordered Acme to publish the records.");
    expectResponse(doc.responses, { type: "legal_action", actor: "usa", targets: ["acme"] });
    expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
  });

  it("keeps an order given by another as a demand", () => {
    const doc = run("Okafor ordered Acme to publish the records.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["acme"] });
  });

  it("reads 'is considering a request to open an investigation' as a measure considered", () => {
    const doc = run(
      "Acme dumped waste in the river. The Justice Department is considering a request to open a civil rights investigation.",
    );
    expectResponse(doc.responses, { type: "consider_measures", actor: "justice" });
    expect(doc.responses.filter((r) => r.type === "demand" || r.type === "investigate")).toEqual([]);
  });

  it("reads 'is weighing whether to sue X' as a measure considered", () => {
    const doc = run("The Justice Department is weighing whether to sue Acme.");
    expectResponse(doc.responses, { type: "consider_measures", actor: "justice", targets: ["acme"] });
  });
});
