import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented statements that damn an actor by an epithet before its name
const ACTORS = [
  ...WORLD,
  { id: "kerr", names: ["Senator Ann Kerr", "Ann Kerr", "Kerr"], kind: "person" as const },
  { id: "vance", names: ["Mayor Paul Vance", "Paul Vance", "Vance"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("an epithet before a name in a claim's content", () => {
  it("reads 'the corrupt Paul Vance' as an accusation of Vance", () => {
    expect(pairs("Kerr said the corrupt Paul Vance had won again.")).toContain("kerr>vance");
  });

  it("reads epithets joined by quotes and 'and' before a name", () => {
    expect(pairs('Kerr said the "ruthless" and "arrogant" Vance would lose.')).toContain("kerr>vance");
  });

  it("does not read an epithet of a group as an accusation of it", () => {
    const doc = parseClaimsAndEvents("Kerr said illegal immigrants were arriving.", [
      ...ACTORS,
      { id: "immigrants", names: ["immigrants"], kind: "group" as const },
    ]);
    expect(accusationPairs(doc)).toEqual([]);
  });

  it("does not reach past a word that is no wrong", () => {
    expect(pairs("Kerr said the arrogant tone of the letter surprised Vance.")).toEqual([]);
  });
});

it("does not read a name after a wrong told with a preposition as its epithet", () => {
  expect(pairs("Kerr said the group spent millions in support of Vance.")).toEqual([]);
});

it("does not read a wrong noun after a preposition as an epithet of the name after it", () => {
  expect(pairs('"In the face of terror Vance does not panic," Kerr said.')).toEqual([]);
});
