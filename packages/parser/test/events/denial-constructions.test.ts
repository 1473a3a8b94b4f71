import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: pleading not guilty, defending one's own decision, a
// relative ", which he denied", and the denier of a coordinated verb.
const ACTORS = [
  ...WORLD,
  { id: "moreau", names: ["Claire Moreau", "Moreau"], kind: "person" as const },
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  { id: "tv", names: ["Channel Nine"], kind: "media" as const },
  { id: "senate", names: ["the Senate"], kind: "organization" as const },
];

// the stages in the pipeline's order (parse-article.ts): responses read the accusations found before them
function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

describe("denials beyond deny and reject", () => {
  it("pleading not guilty denies the charges", () => {
    const doc = run("Okafor pleaded not guilty to all four counts of fraud.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["okafor"]);
  });

  it("pleading guilty is no denial", () => {
    const doc = run("Okafor pleaded guilty to all four counts of fraud.");
    expect(doc.denials).toEqual([]);
  });

  it("defending one's own decision answers its critics", () => {
    const doc = run("Moreau defended her decision to close the border.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["moreau"]);
  });

  it("defending a city is no denial", () => {
    const doc = run("Moreau defended the city during the siege.");
    expect(doc.denials).toEqual([]);
  });

  it("a name inside a phrase before the cue is not the denier", () => {
    const doc = run("Moreau, speaking on Channel Nine, defended her decision to close the border.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["moreau"]);
  });

  it("a name inside an aside describing the subject is not the denier", () => {
    const doc = run("Moreau, now a paid Channel Nine commentator, has denied that she leaked the memo.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["moreau"]);
  });

  it("a name that heads the aside stays the denier", () => {
    const doc = run("The senator's aide, Okafor, has denied that he leaked the memo.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["okafor"]);
  });

  it("a coordinated verb's denier is the clause's subject, not the first verb's object", () => {
    const doc = run("Moreau refused to thank Okafor and defended her decision to close the border.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["moreau"]);
  });

  it("', which he denied' keeps the relative pronoun in the evidence", () => {
    const text =
      "Okafor spoke to reporters at length on Monday. He was later accused of taking bribes from several contractors, which he denied.";
    const doc = run(text);
    const d = doc.denials[0];
    expect(d && text.slice(d.evidence.start, d.evidence.end)).toBe("which he denied");
  });
});
