import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: one rejects, vetoes or votes down another's bill, suggestion or nominee
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("rejections of another's bill or suggestion", () => {
  it("reads 'rejected X's suggestion' and 'vetoed X's bill' as rejections aimed at X", () => {
    const doc = run("Governor Hal Brandt rejected Senator Ruth Okafor's suggestion on Monday.");
    expectResponse(doc.responses, { type: "reject", actor: "brandt", targets: ["okafor"] });
    const vetoed = run("Brandt vetoed Okafor's bill.");
    expectResponse(vetoed.responses, { type: "reject", actor: "brandt", targets: ["okafor"] });
  });

  it("reads 'voted down X's budget' as a rejection aimed at X", () => {
    const doc = run("On Monday the State Assembly voted down Governor Hal Brandt's budget.");
    expectResponse(doc.responses, { type: "reject", actor: "assembly", targets: ["brandt"] });
  });

  it("takes no rejection from a vote against a 'no deal' outcome nor from a bill passed", () => {
    const doc = run("The State Assembly voted against a no deal outcome. The Assembly passed Brandt's bill.");
    expect(
      doc.responses.filter((r) => r.type === "reject"),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });
});
