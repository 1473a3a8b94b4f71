import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement accuses when its content says, in a critic's
// or a police statement's words, that an actor abused power, silenced or
// bypassed a parliament, lied, broke the law, failed a duty, or harmed a
// person; a hypothetical ("would be an outrage if"), a harm to no person
// ("shot a video") and praise are no accusation.
const ACTORS = [
  ...WORLD,
  { id: "vance", names: ["Premier Elena Vance", "Vance"], kind: "person" as const },
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  { id: "brandt", names: ["Tobias Brandt", "Brandt"], kind: "person" as const },
  { id: "lopes", names: ["Rita Lopes", "Lopes"], kind: "person" as const },
  { id: "assembly", names: ["the National Assembly", "National Assembly"], kind: "organization" as const },
  { id: "constabulary", names: ["the Harbour Constabulary", "Harbour Constabulary"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("wrongs told in a critic's or a police statement's words", () => {
  it("reads abusing one's power with a possessive between", () => {
    const doc = run("Okafor said Vance had abused her power to reward her allies.");
    expect(pair(doc)).toEqual(["okafor>vance"]);
    expect(doc.accusations[0]?.category).toBe("abuse of power");
  });

  it("reads silencing a parliament as obstruction", () => {
    const doc = run('"Vance is trying to silence the National Assembly," Okafor told reporters.');
    expect(pair(doc)).toContain("okafor>vance");
  });

  it("reads a bare 'was lying' as deception", () => {
    const doc = run("Brandt said Okafor was lying.");
    expect(pair(doc)).toEqual(["brandt>okafor"]);
  });

  it("reads a failed duty as an accusation against the clause's subject", () => {
    const doc = run("Lopes said the Harbour Constabulary failed to protect the witnesses.");
    expect(pair(doc)).toEqual(["lopes>constabulary"]);
  });

  it("reads a harm done to a person noun and to a named actor", () => {
    expect(pair(run("Lopes said Brandt shot the officer twice."))).toEqual(["lopes>brandt"]);
    expect(pair(run("Lopes said Brandt stabbed Okafor in the neck."))).toEqual(["lopes>brandt"]);
  });

  it("accuses the doer of a condemned act whose verb ends differently from its noun", () => {
    const doc = run("Vance suspended the National Assembly on Monday. Okafor called the suspension a ploy.");
    expect(pair(doc)).toContain("okafor>vance");
  });

  it("reads a second wrong told with its own subject in a later clause", () => {
    const doc = run("Okafor said the Harbour Constabulary abused prisoners and the National Assembly covered it up.");
    expect(pair(doc)).toEqual(["okafor>constabulary", "okafor>assembly"]);
  });

  it("reads no second wrong in a coordinated object or a wrong told as a noun", () => {
    const sold = pair(run("Okafor said Brandt sold weapons and fuel to Vance in support of the rebels."));
    expect(sold).toEqual(["okafor>brandt"]);
    const hack = pair(run("Okafor said Brandt bribed officials and the Vance hack followed."));
    expect(hack).toEqual(["okafor>brandt"]);
  });

  it("reads no accusation in a hypothetical, a harm to no person, or praise", () => {
    expect(pair(run("Okafor said it would be an outrage if Vance abused her power."))).toEqual([]);
    expect(pair(run("Lopes said Brandt shot a video of the harbour."))).toEqual([]);
    expect(pair(run("Okafor said Vance had protected the witnesses well."))).toEqual([]);
  });

  it("accuses the doer of an act the story told just before, named by 'the move' or 'it'", () => {
    const told = "Vance asked the National Assembly to adjourn until October.";
    expect(pair(run(`${told} Okafor said the move was an outrage.`))).toContain("okafor>vance");
    expect(pair(run(`${told} Okafor called it a ploy to silence the opposition.`))).toContain("okafor>vance");
  });

  it("reads no accusation of an untold act when the wrong is only foreseen or its actor is the content's victim", () => {
    const told = "Vance asked the National Assembly to adjourn until October.";
    expect(pair(run(`${told} Okafor said the move would prevent debate.`))).toEqual([]);
    expect(pair(run(`${told} Okafor said the move was an outrage against Vance.`))).toEqual([]);
  });

  it("reads no admission in words before the statement's content", () => {
    const doc = run(
      "Brandt accepted the award in March. Vance suspended the National Assembly in May. Okafor criticised the suspension as an abuse of power.",
    );
    expect(pair(doc)).toContain("okafor>vance");
  });
});
