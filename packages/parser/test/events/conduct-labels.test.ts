import { expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: a speaker labels an actor by a damning evaluation of its conduct or character
const ACTORS = [
  ...WORLD,
  { id: "kerr", names: ["Senator Ann Kerr", "Ann Kerr", "Kerr"], kind: "person" as const },
  { id: "vance", names: ["Mayor Paul Vance", "Paul Vance", "Vance"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

it.each([
  ["called X ruthless", "Kerr called Vance ruthless."],
  ["called X unfit", "Kerr called Vance unfit."],
  ["labelled X cruel", "Kerr labelled Vance cruel."],
])("reads '%s' as an accusation of X", (_name, text) => {
  expect(pairs(text)).toContain("kerr>vance");
});

it("does not read a praise as a damning label", () => {
  expect(pairs("Kerr described Vance as a tireless public servant.")).toEqual([]);
});
