import { describe, expect, it } from "vitest";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Denials told in a relative clause or a report of the accused's own account,
// written for this test (no article's words).
const TABLE: [string, string[]][] = [
  ["Poland accused Putin of ordering the raid, which he denied.", ["putin"]],
  ["Sweden accused Russia of jamming the signal, an accusation Moscow rejected.", ["russia"]],
  ["Navalny said his initial confession was coerced.", ["navalny"]],
  ["Psaki said his confession had been extracted under torture.", ["psaki"]],
  ["Poland insisted it was innocent.", ["poland"]],
  ["Psaki said she believed he was innocent.", ["psaki"]],
  ["Sweden accused Russia of jamming the signal, which it disputed.", ["russia"]],
  ["Germany rejected the proposal, which Poland disputed.", []],
  ["Sweden says Russia jammed the signal, a claim that Moscow strongly disputes.", ["russia"]],
  ["Sweden repeated claims that Moscow rejected a deal.", []],
  ["Germany rejected the proposal.", []],
  ["Putin said the confession was published on Monday.", []],
  ["Poland said the suspect was guilty.", []],
];

describe("relative and reported denials", () => {
  it.each(TABLE)("%s", (sentence, deniers) => {
    const doc = runEventStages(makeDoc(sentence, WORLD));
    expect(doc.denials.map((d) => d.denier)).toEqual(deniers);
  });
});
