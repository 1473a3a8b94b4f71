import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: one calls for, or seeks, an act against someone (impeachment, arrest, ouster)
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("calls for an act against someone", () => {
  it("reads 'called for the impeachment of X' as a demand aimed at X", () => {
    const doc = run("On Friday Senator Ruth Okafor called for the impeachment of Governor Hal Brandt.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["brandt"] });
  });

  it("reads 'called for the arrest of X' as a demand, not an arrest told", () => {
    const doc = run("Okafor called for the arrest of Brandt after the vote.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["brandt"] });
    expect(doc.responses.filter((r) => r.type === "legal_action")).toEqual([]);
  });

  it("reads 'seeks the ouster of X' and 'called for his ouster' as demands aimed at X", () => {
    const doc = run("Okafor now seeks the ouster of Governor Hal Brandt.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor", targets: ["brandt"] });
    const his = run("Governor Hal Brandt lost the vote. Protesters called for his ouster on Monday.");
    expectResponse(his.responses, { type: "demand", actor: "protesters", targets: ["brandt"] });
  });

  it("still needs 'against' for articles of impeachment told as passed", () => {
    const doc = run("Governor Hal Brandt spoke on Monday. The State Assembly passed two articles of impeachment.");
    expect(doc.responses.filter((r) => r.type === "legal_action")).toEqual([]);
  });
});
