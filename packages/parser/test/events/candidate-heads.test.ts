import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented campaign stories: a state or party before a contender's noun and name modifies the contender
const ACTORS = [
  ...WORLD,
  { id: "gop", names: ["Republican"], kind: "organization" as const },
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "becker", names: ["Tom Becker", "Becker"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("a contender named after a state's or party's modifier", () => {
  it.each([
    ["a presidential hopeful", "Ellen Price slammed U.S. presidential hopeful Tom Becker for his remarks."],
    ["a front-runner", "Ellen Price criticized Republican front-runner Tom Becker for his remarks."],
    ["a frontrunner", "Ellen Price accused Republican frontrunner Tom Becker of lying."],
    ["a contender", "Ellen Price blamed Republican presidential contender Tom Becker for the delay."],
  ])("accuses the contender, not the modifier (%s)", (_name, text) => {
    expect(pairs(text)).toEqual(["price>becker"]);
  });

  it("keeps a state that the sentence accuses on its own ('accused the U.S. of lying')", () => {
    expect(pairs("Ellen Price accused the U.S. of lying about Tom Becker.")).toEqual(["price>usa"]);
  });
});
