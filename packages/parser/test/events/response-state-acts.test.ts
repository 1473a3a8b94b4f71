import { describe, expect, it } from "vitest";
import { expectResponse } from "./expect-response.js";
import { type ActorSpec, makeDoc, runEventStages } from "./make-doc.js";

// Invented sentences for a state's acts on a named person told in the passive with
// no agent, no court or police named and no earlier act on that person: the state
// that prosecutes them did them (a court named just before speaks for it).
const STATE: ActorSpec[] = [
  { id: "norland", names: ["Norland"] },
  { id: "court", names: ["the Appeals Court", "The Appeals Court"], kind: "organization", affiliation: "norland" },
  { id: "klein", names: ["Ana Klein", "Klein"], kind: "person", affiliation: "norland" },
  { id: "roth", names: ["Ben Roth", "Roth"], kind: "person", affiliation: "norland" },
  { id: "radio", names: ["Norland Radio"], kind: "media", affiliation: "norland" },
];

function legal(text: string, claimed?: { speaker: string; content: string }) {
  const doc = makeDoc(text, STATE);
  if (claimed) {
    const start = text.indexOf(claimed.content);
    doc.claims.push({
      id: "c1",
      speaker: claimed.speaker,
      source: null,
      cue: { start: Math.max(0, start - 8), end: start },
      content: { start, end: start + claimed.content.length },
      kind: "indirect",
    });
  }
  return runEventStages(doc).responses.filter((r) => r.type === "legal_action");
}

describe("a state's agentless acts on a named person", () => {
  it.each([
    ["Ana Klein, a banker from Norland, was convicted of fraud in 2015 and served four years.", "klein"],
    ["Ben Roth was jailed for corruption after he sold a seat in Norland.", "roth"],
    ["The border of Norland was closed. Ana Klein was charged with smuggling.", "klein"],
  ])("%s", (text, patient) => {
    expectResponse(legal(text), { type: "legal_action", actor: "norland", targets: [patient] });
  });

  it("credits a court named in the sentence before, not the country", () => {
    expectResponse(legal("The Appeals Court in Norland heard the case. Ben Roth was imprisoned for fraud."), {
      type: "legal_action",
      actor: "court",
      targets: ["roth"],
    });
  });

  it("leaves a lawsuit's plaintiff unguessed ('was sued' is no state's act)", () => {
    expect(legal("Ana Klein was sued for libel in Norland.")).toEqual([]);
  });

  it("does not credit the state with an act the person tells of himself", () => {
    const text = "Ben Roth claimed he was wrongfully imprisoned in Norland.";
    expect(legal(text, { speaker: "roth", content: "he was wrongfully imprisoned in Norland" })).toEqual([]);
  });

  it("reads a participle after 'as' as a description, not an act ('reported as convicted')", () => {
    const text =
      "The badge was used by the attacker, reported by Norland Radio as convicted of assaults and by Ana Klein of theft.";
    expect(legal(text)).toEqual([]);
  });
});
