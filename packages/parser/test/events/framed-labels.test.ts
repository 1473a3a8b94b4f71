import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: considering, viewing, regarding or referring to someone as a damning label
const ACTORS = [
  ...WORLD,
  { id: "lopez", names: ["Maria Lopez", "Lopez"], kind: "person" as const },
  { id: "hale", names: ["Tom Hale", "Hale"], kind: "person" as const },
  { id: "migrants", names: ["migrants"], kind: "group" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("framed labels", () => {
  it.each([
    ["Lopez considers Hale a racist.", "lopez>hale"],
    ["Lopez considered Tom Hale untrustworthy.", "lopez>hale"],
    ["Lopez views Hale as a poisonous candidate who has divided the town.", "lopez>hale"],
    ["Lopez regarded Hale as a crook.", "lopez>hale"],
    ["Lopez sees Hale as a carpetbagger.", "lopez>hale"],
    ["Lopez once referred to migrants as criminals.", "lopez>migrants"],
    ['Lopez has referred to Hale as "a liar" twice this year.', "lopez>hale"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("does not read a framing with no damning label, or one reaching past a clause, as an accusation", () => {
    expect(pairs("Lopez considers Hale a friend.")).toEqual([]);
    expect(pairs("Lopez referred to Hale as a mentor.")).toEqual([]);
    expect(pairs("Lopez views Hale as a capable negotiator.")).toEqual([]);
    expect(pairs("The court considered whether the law Hale wrote was illegal.")).toEqual([]);
  });
});

it("does not read a rival seen or considered as a threat as an accusation", () => {
  expect(pairs("Lopez sees Hale as a real threat in the primary.")).toEqual([]);
  expect(pairs("Lopez considers Hale a serious threat.")).toEqual([]);
});
