import { expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: a clause framed by a verbal shot or swipe at someone
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
  { id: "protesters", names: ["protesters"], kind: "group" as const },
  { id: "police", names: ["police"], kind: "organization" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

it.each([
  ["Lopez opened the debate with a shot at Hale.", "lopez>hale"],
  ["Lopez, in a veiled swipe at Tom Hale, said the party needed honest leaders.", "lopez>hale"],
  ["Lopez closed her speech with pointed jabs at Hale.", "lopez>hale"],
])("%s", (text, pair) => {
  expect(pairs(text)).toContain(pair);
});

it("does not read fired shots or a shot at a prize as an accusation", () => {
  expect(pairs("Police responded with shots at the protesters.")).toEqual([]);
  expect(pairs("Lopez ended the season with a shot at the title.")).toEqual([]);
});
