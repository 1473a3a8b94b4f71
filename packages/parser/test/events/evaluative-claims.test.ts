import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented statements whose content judges an actor's conduct without an accusation verb:
// the speaker accuses the actor the content's subject names
const ACTORS = [
  ...WORLD,
  { id: "kerr", names: ["Senator Ann Kerr", "Ann Kerr", "Kerr"], kind: "person" as const },
  { id: "vance", names: ["Mayor Paul Vance", "Paul Vance", "Vance"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("evaluations of conduct in a claim's content", () => {
  it.each([
    ["incompetence: a proven failure", '"Paul Vance is a proven failure," Kerr said.'],
    ["incompetence: an impulsive decision", '"This impulsive decision by Vance has undone years of work," Kerr said.'],
    ["incompetence: mismanaged", "Kerr said Vance had mismanaged the flood response."],
    ["incompetence: sowing chaos", "Kerr said Vance was sowing chaos and division in the city."],
    ["incompetence: failed the people", '"Vance has failed the families of this city," Kerr said.'],
    ["abuse of power: ruthless", '"Vance is ruthless," Kerr said.'],
    ["abuse of power: a pretext", "Kerr said Vance was using the curfew as a pretext for arresting critics."],
    ["deceit: spreading false information", "Kerr said Vance had spread false information about the vote."],
    ["deceit: a broken promise", '"Vance broke his promise to the voters," Kerr said.'],
    ["hostility: arrogant", '"Vance is arrogant and ignorant," Kerr said.'],
    ["hostility: betrayal", "Kerr said Vance had betrayed the workers who elected him."],
    ["hostility: contempt", '"Vance has shown utter contempt for the courts," Kerr said.'],
  ])("%s", (_name, text) => {
    expect(pairs(text)).toContain("kerr>vance");
  });

  it("does not read a failure denied as an accusation", () => {
    expect(pairs('"Vance is not a failure," Kerr said.')).toEqual([]);
  });

  it("does not read a failure supposed as an accusation", () => {
    expect(pairs('"If Vance loses the vote, it would be a failure," Kerr said.')).toEqual([]);
  });

  it("does not read a failure of things as an accusation", () => {
    expect(pairs("Kerr said the failure of the pump caused the flood.")).toEqual([]);
  });
});
