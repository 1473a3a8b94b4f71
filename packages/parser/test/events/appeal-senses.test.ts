import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: "appeal" as a legal act and as a candidate's attraction
const ACTORS = [...WORLD, ...STATE_POLITICS];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("a bare appeal", () => {
  it("reads 'he would appeal' and 'Brandt appeals' as the legal act (kept before targets are checked)", () => {
    for (const text of ["Governor Hal Brandt said he would appeal.", "Governor Hal Brandt appeals, his lawyer said."]) {
      const doc = runEventStages(makeDoc(text, ACTORS), true);
      expectResponse(doc.responses, { type: "legal_action", actor: "brandt" });
    }
  });

  it("takes no legal act from an appeal to voters told as a noun ('Brandt's broad appeal among', 'whose appeal')", () => {
    const doc = run(
      "Governor Hal Brandt's broad appeal among farmers worried Senator Ruth Okafor. Okafor, whose appeal rests on her record, trails Brandt.",
    );
    expect(
      doc.responses.filter((r) => r.type === "legal_action"),
      JSON.stringify(doc.responses),
    ).toEqual([]);
  });

  it("keeps an appeal of a ruling named after it", () => {
    const doc = run("A court fined Acme. Governor Hal Brandt promised a swift appeal of the ruling against Okafor.");
    expectResponse(doc.responses, { type: "legal_action", actor: "brandt" });
  });
});
