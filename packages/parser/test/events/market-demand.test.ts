import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: "demand" as the want of buyers is no request between actors
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("market demand", () => {
  it("reads no demand in 'growing demand for' goods", () => {
    const doc = run("Okafor said Poland faces growing demand for cheap steel.");
    expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
  });

  it("reads no demand in 'meet demand'", () => {
    const doc = run("Germany expects higher prices as suppliers in Poland try to meet demand.");
    expect(doc.responses.filter((r) => r.type === "demand")).toEqual([]);
  });

  it("keeps a demand made of someone", () => {
    const doc = run("Okafor demanded that Brandt resign.");
    expectResponse(doc.responses, { type: "demand", actor: "okafor" });
  });
});
