import { expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: mockery told in the passive with its by-agent
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

it.each([
  ["Hale was mocked by Lopez at the rally.", "lopez>hale"],
  ["Tom Hale has been widely derided by Maria Lopez.", "lopez>hale"],
])("%s", (text, pair) => {
  expect(pairs(text)).toContain(pair);
});

it("does not read active mockery without a reason, or a passive without an agent, as an accusation", () => {
  expect(pairs("Lopez mocked Hale.")).toEqual([]);
  expect(pairs("Hale was mocked at the rally.")).toEqual([]);
});
