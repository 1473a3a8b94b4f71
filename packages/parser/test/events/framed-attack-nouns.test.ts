import { expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: a verbal attack or critique framed by "with" or "in" and an article
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

it.each([
  ["Lopez followed up with a more frontal attack on Hale.", "lopez>hale"],
  ["Lopez closed the debate with an attack on Tom Hale.", "lopez>hale"],
  ["Lopez ended her speech in a blistering critique of Hale.", "lopez>hale"],
])("%s", (text, pair) => {
  expect(pairs(text)).toContain(pair);
});

it("does not read an attack on a country, or one no person makes, as words", () => {
  expect(pairs("Russia followed up with a second attack on Ukraine.")).toEqual([]);
  expect(pairs("Lopez said the talks ended with an attack on Hale by unknown men.")).not.toContain("lopez>hale");
});
