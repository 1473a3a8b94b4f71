import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: condemning an inquiry by any of its names ("the probe",
// "the process") accuses whoever the story told launching it; attacking or
// dismissing an act "as" a damning label accuses its doer; and the inquiry's
// target calling it a witch hunt denies it, even when the inquiry is domestic.
const ACTORS = [
  ...WORLD,
  {
    id: "senate",
    names: ["the Senate of Freedonia", "Senate of Freedonia"],
    kind: "organization" as const,
    affiliation: "fr",
  },
  { id: "vane", names: ["Governor Alma Vane", "Alma Vane", "Vane"], kind: "person" as const, affiliation: "fr" },
  { id: "okoro", names: ["Senator Femi Okoro", "Femi Okoro", "Okoro"], kind: "person" as const, affiliation: "fr" },
  { id: "fr", names: ["Freedonia"], kind: "country" as const },
  { id: "radio", names: ["Radio Nine"], kind: "media" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("condemned inquiries", () => {
  it("'called the process a coup' accuses whoever the story told opening the inquiry", () => {
    const doc = run(
      'The Senate of Freedonia opened a corruption inquiry into Governor Alma Vane on Monday. Senator Femi Okoro called the process "a power grab".',
    );
    expect(pairs(doc)).toContain("okoro>senate");
  });

  it("with no one told opening it, the inquiry's doer is not guessed", () => {
    const doc = run('Senator Femi Okoro called the process "a power grab". Governor Alma Vane spoke later.');
    expect(pairs(doc)).toEqual([]);
  });

  it("'attacked the probe as a witch hunt' accuses the inquiry's launcher, and the speaker is not a name in an aside", () => {
    const doc = run(
      'The Senate of Freedonia launched a probe into Governor Alma Vane. Vane, speaking on Radio Nine, attacked the probe as a "witch hunt".',
    );
    expect(pairs(doc)).toContain("vane>senate");
    expect(pairs(doc).some((p) => p.startsWith("radio>"))).toBe(false);
  });
});

describe("an inquiry's target dismissing it", () => {
  it("the accused calling the inquiry a witch hunt denies it, though the inquiry is at home", () => {
    const doc = run(
      'The Senate of Freedonia accused Governor Alma Vane of bribery. Vane called the Senate\'s investigation a "witch hunt".',
    );
    expect(doc.denials.map((d) => d.denier)).toEqual(["vane"]);
  });

  it("the one an inquiry is told as aimed at denies it, though the story told no act against them", () => {
    const doc = run(
      'The Senate of Freedonia continued its investigation into Governor Alma Vane. If the Senate votes to remove Vane, she would leave office. Vane called the Senate\'s investigation a "witch hunt".',
    );
    expect(doc.denials.map((d) => d.denier)).toEqual(["vane"]);
  });

  it("someone no one accused calling an inquiry a witch hunt denies nothing", () => {
    const doc = run(
      'The Senate of Freedonia accused Governor Alma Vane of bribery. Okoro called the Senate\'s investigation a "witch hunt".',
    );
    expect(doc.denials).toEqual([]);
  });
});
