import { expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: mockery told in the passive with its by-agent
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
];

function pairs(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations.map((a) => `${a.accuser}>${a.accused.join("+")}`);
}

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
