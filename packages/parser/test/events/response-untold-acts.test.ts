import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import { expectResponse } from "./expect-response.js";
import { makeDoc, WORLD } from "./make-doc.js";

// Invented sentences: an act told inside an "if"/"unless"/"whether" clause is a
// supposition, not an act taken, announced or decided on; "has yet to" says
// the act has not happened.
function responses(text: string) {
  const doc = makeDoc(text, WORLD);
  findResponses(doc);
  return doc.responses;
}

describe("acts that were never carried out", () => {
  it.each([
    "If Russia were to start bombing Ukraine, the EU would answer.",
    "Psaki said that unless China expels the Swedish diplomats, nothing will change.",
    "Putin asked what would happen if the United States imposed sanctions on Iran.",
    "Even if Britain recalls its ambassador to Iran, the deal stands.",
  ])("drops an act inside a condition: %s", (text) => {
    expect(responses(text)).toEqual([]);
  });

  it.each([
    "Reporters asked whether Russia would expel diplomats from Sweden.",
    "It is unclear whether Britain will ever recall its ambassador to Iran.",
  ])("drops an act inside an open question: %s", (text) => {
    expect(responses(text)).toEqual([]);
  });

  it("keeps an act weighed after 'whether to' ('to decide whether to impose')", () => {
    const found = responses("The EU met on Monday to decide whether to impose sanctions on Iran.");
    expectResponse(found, { type: "sanction", actor: "eu", targets: ["iran"] });
  });

  it("keeps the act of the main clause after the condition", () => {
    const found = responses("If the talks fail, Russia will expel diplomats from Sweden.");
    expectResponse(found, { type: "expel_diplomats", actor: "russia", targets: ["sweden"] });
  });

  it("keeps an act told plainly beside a condition in another sentence", () => {
    const found = responses("Russia expelled Swedish diplomats. If Sweden answers in kind, more may follow.");
    expectResponse(found, { type: "expel_diplomats", actor: "russia", targets: ["sweden"] });
  });

  it("reads 'has yet to' as an act not done", () => {
    const found = responses("Russia has yet to apologize to Poland for the incident.");
    const r = found.find((x) => x.type === "admit");
    expect(r?.modality, JSON.stringify(found)).toBe("negated");
  });
});
