import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { makeDoc, runEventStages, STATE_POLITICS, WORLD } from "./make-doc.js";

// invented sentences: a court the story names only by a bare noun ("a federal judge", "a grand jury")
// does a legal act other than a verdict; it speaks for the state that prosecutes
const ACTORS = [
  ...WORLD,
  ...STATE_POLITICS,
  { id: "acme", names: ["Acme Freight", "Acme"], kind: "organization" as const },
];

function run(text: string) {
  return runEventStages(makeDoc(text, ACTORS));
}

describe("legal acts of a court named only by a bare noun", () => {
  it("reads 'a grand jury indicted X' as the state's legal act on X", () => {
    const doc = run("The United States has several open cases. A federal grand jury indicted Okafor on Tuesday.");
    expectResponse(doc.responses, { type: "legal_action", actor: "usa", targets: ["okafor"] });
  });

  it("reads 'a judge dismissed X's lawsuit' as aimed at the lawsuit's owner", () => {
    const doc = run("The United States has several open cases. A federal judge dismissed Acme's lawsuit on Monday.");
    expectResponse(doc.responses, { type: "legal_action", actor: "usa", targets: ["acme"] });
  });

  it("reads 'an appeals court rejected the petition filed by X' as a rejection of X", () => {
    const doc = run("The United States has several open cases. An appeals court rejected the petition filed by Acme.");
    expectResponse(doc.responses, { type: "reject", actor: "usa", targets: ["acme"] });
  });

  it("takes no one named past a comma, nor a court's plain words, as the one acted on", () => {
    const doc = run(
      "The United States has several open cases. A district judge blocked the new rule, opposed by Acme. A judge said Okafor was treated fairly.",
    );
    expect(doc.responses, JSON.stringify(doc.responses)).toEqual([]);
  });
});
