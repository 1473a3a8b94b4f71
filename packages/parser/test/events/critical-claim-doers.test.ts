import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Who a critical statement accuses when its words name no doer; invented sentences.
const ACTORS = [
  ...WORLD,
  { id: "kerr", names: ["Senator Ann Kerr", "Ann Kerr", "Kerr"], kind: "person" as const },
  { id: "becker", names: ["Governor Tom Becker", "Tom Becker", "Becker"], kind: "person" as const },
  { id: "vance", names: ["Mayor Paul Vance", "Paul Vance", "Vance"], kind: "person" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("an act judged by name accuses the subject of the verb that told it", () => {
  it.each([
    ["a veto", "Becker vetoed the budget on Monday. Kerr said the veto was illegal."],
    ["a closure", "Becker closed the border crossing on Monday. Kerr said the closure was clearly unlawful."],
    ["a suspension", "Becker suspended the assembly on Monday. Kerr said the suspension had been unlawful."],
  ])("%s", (_name, text) => {
    expect(pairs(text)).toContain("kerr>becker");
  });

  it("does not read a wrong done to the act as its doer's ('the vote was rigged')", () => {
    expect(pairs("Becker voted on Monday. Kerr said the vote was rigged.")).toEqual([]);
  });

  it("does not reach a verb told long before", () => {
    const text =
      "Becker vetoed the budget in May. The budget went back to the assembly. The assembly met in June. " +
      "The members debated for a week. The session ended in July. Kerr said the veto was illegal.";
    expect(pairs(text)).toEqual([]);
  });

  it("does not accuse the speaker's own act", () => {
    expect(pairs("Kerr vetoed the budget on Monday. Kerr said the veto was illegal.")).toEqual([]);
  });
});

describe("'it' after a comma points back to the act named before the comma", () => {
  it("accuses the partners of the agreement called void", () => {
    const text =
      "Russia and China signed a maritime border agreement on Monday. " +
      "Kerr commented on the Russian-Chinese maritime border agreement, calling it null and void.";
    expect(pairs(text)).toContain("kerr>russia,china");
  });

  it("reads no act when the comma closes no act noun", () => {
    const text =
      "Russia and China signed a maritime border agreement on Monday. Kerr spoke in Warsaw, calling it void.";
    expect(pairs(text)).toEqual([]);
  });
});

describe("a statement addressed to an actor accuses it of what 'you' did", () => {
  it.each([
    ["told, quote first", 'Kerr met Becker on Monday. "You lied to the voters," Kerr told Becker.'],
    ["told, colon", 'Kerr met Becker on Monday. Kerr told Becker: "You are a liar."'],
  ])("%s", (_name, text) => {
    expect(pairs(text)).toContain("kerr>becker");
  });

  it("does not accuse the one told when 'you' is not the wrong's subject", () => {
    expect(pairs('Kerr met Becker on Monday. "Vance lied to you," Kerr told Becker.')).not.toContain("kerr>becker");
  });

  it("accuses no one with no one addressed", () => {
    expect(pairs('Kerr spoke on Monday. "You lied to the voters," Kerr said.')).toEqual([]);
  });
});

describe("judgements of character said of an actor", () => {
  it.each([
    ["callous", '"Becker is callous," Kerr said.'],
    ["unethical", "Kerr said Becker was being deeply unethical."],
    ["xenophobic", '"Becker is openly xenophobic," Kerr said.'],
    ["sickening, said of an actor's conduct", "Kerr said Becker's excesses were sickening."],
    ["repugnant", '"Becker is utterly repugnant," Kerr said.'],
  ])("%s", (_name, text) => {
    expect(pairs(text)).toContain("kerr>becker");
  });

  it.each([
    ["an extraposed judgement of an act", '"It is unethical to charge patients for tests," Kerr said.'],
    ["a topic", "Kerr said the city must fight xenophobic violence."],
    ["a denial", '"Becker is not selfish," Kerr said.'],
  ])("not %s", (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
