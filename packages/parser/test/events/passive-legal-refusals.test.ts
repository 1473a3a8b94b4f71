import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: passive legal acts, votes against a person, refusals of demands
const ACTORS = [
  ...WORLD,
  { id: "panel", names: ["the Ethics Panel", "Ethics Panel"], kind: "organization" as const },
  { id: "court", names: ["the Lyon court", "Lyon court"], kind: "organization" as const },
  { id: "dubois", names: ["Marc Dubois", "Dubois"], kind: "person" as const },
  { id: "petit", names: ["Anne Petit", "Petit"], kind: "person" as const },
  { id: "city", names: ["the city council", "city council"], kind: "organization" as const },
  { id: "union", names: ["the student union", "student union"], kind: "organization" as const },
  { id: "mayor", names: ["Mayor Leclerc", "Leclerc"], kind: "person" as const },
  { id: "board", names: ["the police board", "police board"], kind: "organization" as const },
  { id: "police", names: ["The Lyon police", "the Lyon police", "Lyon police"], kind: "organization" as const },
];

function run(text: string, keepUntargeted = false) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc, keepUntargeted);
}

const legal = (doc: ReturnType<typeof run>) => doc.responses.filter((r) => r.type === "legal_action");

describe("passive legal acts and votes against a person", () => {
  it("credits a trial to the court named after 'by', against everyone tried", () => {
    const doc = run("Marc Dubois and Anne Petit were tried by the Lyon court.");
    expect(
      legal(doc).map((r) => [r.actor, r.targets]),
      JSON.stringify(doc.responses),
    ).toEqual([["court", ["dubois", "petit"]]]);
  });

  it("never credits a trial by an unnamed court to the one whose words precede it", () => {
    const doc = run("Even though Dubois confessed to acting alone, Anne Petit was tried by the same court.");
    expect(legal(doc), JSON.stringify(doc.responses)).toEqual([]);
  });

  it("reads holding in contempt, actively or passively, as the body's legal act", () => {
    const voted = run("The Ethics Panel voted to hold Marc Dubois in contempt.");
    expect(legal(voted).map((r) => [r.actor, r.targets])).toEqual([["panel", ["dubois"]]]);
    const held = run("Marc Dubois was held in contempt by the Ethics Panel.");
    expect(legal(held).map((r) => [r.actor, r.targets])).toEqual([["panel", ["dubois"]]]);
  });

  it("reads a vote to hold people, named apart from the verb, in contempt, but not a vote to hold a referendum", () => {
    const far = run("The Ethics Panel voted to hold its two critics, Marc Dubois and Anne Petit, in contempt.");
    expect(
      legal(far).map((r) => r.actor),
      JSON.stringify(far.responses),
    ).toEqual(["panel"]);
    const vote = run("The city council voted to hold a referendum on the plan.");
    expect(legal(vote), JSON.stringify(vote.responses)).toEqual([]);
  });

  it("credits a contempt with no agent to the body it offends", () => {
    const doc = run("Marc Dubois and Anne Petit were held in contempt of the Ethics Panel on Tuesday.");
    expect(
      legal(doc).map((r) => [r.actor, r.targets]),
      JSON.stringify(doc.responses),
    ).toEqual([["panel", ["dubois", "petit"]]]);
  });

  it("reads a vote to refer someone as a legal act against them, not against where they are sent", () => {
    const doc = run("The Ethics Panel voted to refer Marc Dubois to the Lyon court.");
    expect(
      legal(doc).map((r) => [r.actor, r.targets]),
      JSON.stringify(doc.responses),
    ).toEqual([["panel", ["dubois"]]]);
  });
});

describe("refusals of demands", () => {
  it("reads a rejection of someone's demands as a refusal aimed at them, not their demand", () => {
    const doc = run("The city council rejected the student union's demands.");
    const r = doc.responses.find((x) => x.type === "reject");
    expect([r?.actor, r?.targets], JSON.stringify(doc.responses)).toEqual(["city", ["union"]]);
    expect(doc.responses.filter((x) => x.type === "demand")).toEqual([]);
  });

  it("reads 'did not accede to demands' as a refusal", () => {
    const doc = run("The city council did not accede to the student union's demands.");
    const r = doc.responses.find((x) => x.type === "reject");
    expect([r?.actor, r?.targets], JSON.stringify(doc.responses)).toEqual(["city", ["union"]]);
  });

  it("gives a negated refusal after 'but did' the subject of the first verb", () => {
    const doc = run(
      "Mayor Leclerc agreed to add two members to the police board but did not accede to the student union's demands.",
    );
    const r = doc.responses.find((x) => x.type === "reject");
    expect([r?.actor, r?.targets], JSON.stringify(doc.responses)).toEqual(["mayor", ["union"]]);
  });
});

describe("legal papers for several people", () => {
  it("aims subpoenas at everyone the 'for' phrase names", () => {
    const doc = run("The Ethics Panel authorized subpoenas for documents from Marc Dubois and Anne Petit.");
    expect(
      legal(doc).map((r) => [r.actor, r.targets]),
      JSON.stringify(doc.responses),
    ).toEqual([["panel", ["dubois", "petit"]]]);
  });
});

describe("arrests with no agent", () => {
  it("credits unnamed people's arrests to the story's police, against the march's protesters", () => {
    const doc = run(
      "Students marched against the city council in Lyon. More than 200 people have been arrested since June.",
    );
    const withPolice = run(
      "The Lyon police dispersed students who marched against the city council. More than 200 people have been arrested since June.",
      true,
    );
    expect(legal(doc), JSON.stringify(doc.responses)).toEqual([]);
    expect(
      legal(withPolice).map((r) => [r.actor, r.targets]),
      JSON.stringify(withPolice.responses),
      // in a story of a march, those arrested unnamed are its protesters (not the police, whose
      // "dispersed students who marched" is no protest of theirs)
    ).toEqual([["police", ["protesters"]]]);
  });
});
