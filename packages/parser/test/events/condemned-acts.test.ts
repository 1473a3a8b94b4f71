import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented statements that condemn an actor or its act in evaluative words
// (data/condemnation-lexicon.json): the speaker accuses the actor, or the
// act's doer as the story tells it
const ACTORS = [
  ...WORLD,
  { id: "smith", names: ["Governor Smith", "Smith"], kind: "person" as const },
  { id: "lee", names: ["Senator Lee", "Lee"], kind: "person" as const },
  { id: "greens", names: ["the Green Party", "Greens"], kind: "organization" as const },
];

function accusations(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations;
}

const pairs = (text: string) => accusations(text).map((a) => [a.accuser, a.accused]);

describe("condemnation words in a statement", () => {
  it.each([
    ['"Governor Smith\'s audit is a witch hunt," Senator Lee said.', "lee", "smith"],
    ["Senator Lee said the Green Party had staged a coup against the council.", "lee", "greens"],
    ['"What Governor Smith did to the harbour workers was pure barbarity," Senator Lee said.', "lee", "smith"],
  ])("%s", (text, accuser, accused) => {
    expect(pairs(text)).toContainEqual([accuser, [accused]]);
  });

  it("gives the family's category", () => {
    const found = accusations('"Governor Smith\'s audit is a witch hunt," Senator Lee said.');
    expect(found.map((a) => a.category)).toContain("abuse of power");
  });

  it.each([
    ['"Is Governor Smith\'s audit a witch hunt?" Senator Lee asked.'],
    ['"If Governor Smith\'s audit were a witch hunt, we would know," Senator Lee said.'],
    ["Senator Lee said Governor Smith's audit is not a sham."],
    ['"Governor Smith was portrayed as a liar," Senator Lee said.'],
  ])("no accusation from a question, a conditional, a negation or another's label: %s", (text) => {
    expect(pairs(text)).not.toContainEqual(["lee", ["smith"]]);
  });

  it("the owner of threatened lives is their victim, not the one accused", () => {
    const text = '"Governor Smith\'s life was seriously threatened," Senator Lee said.';
    expect(pairs(text)).not.toContainEqual(["lee", ["smith"]]);
  });
});

describe("a label for an act accuses its doer", () => {
  it("called the act a label: the subject of the act's verb earlier in the story", () => {
    const text =
      "Governor Smith is investigating Senator Lee over the harbour deal. Senator Lee called the investigation a sham.";
    expect(pairs(text)).toContainEqual(["lee", ["smith"]]);
  });

  it("the act's target named after it is not its doer", () => {
    const text =
      "The Greens began investigating Senator Lee in May. Governor Smith called the investigation into Senator Lee a witch hunt.";
    const found = pairs(text);
    expect(found).toContainEqual(["smith", ["greens"]]);
    expect(found).not.toContainEqual(["smith", ["lee"]]);
  });

  it("an act with no named doer: the actor the story calls its perpetrators", () => {
    const actors = [...ACTORS, { id: "perps", names: ["the perpetrators"], kind: "group" as const }];
    const doc = makeDoc(
      "Two bombs hit the market on Sunday. Police are searching for the perpetrators. Senator Lee called the bombings a dastardly act.",
      actors,
    );
    findClaims(doc);
    const found = runEventStages(doc).accusations.map((a) => [a.accuser, a.accused]);
    expect(found).toContainEqual(["lee", ["perps"]]);
  });

  it("no doer told, no accusation", () => {
    expect(pairs("Senator Lee called the storm an act of barbarity.")).toEqual([]);
  });
});
