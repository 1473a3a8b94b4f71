import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents, WORLD } from "./make-doc.js";

// invented sentences: a pronoun object standing for a first verb's object, a phrase fronted
// before the sentence's subject, and "lit into" / "tore into" as criticism
const ACTORS = [
  ...WORLD,
  { id: "harris", names: ["Admiral Harris", "Harris"], kind: "person" as const },
  { id: "lee", names: ["Senator Lee", "Lee"], kind: "person" as const },
  { id: "smith", names: ["Governor Smith", "Smith"], kind: "person" as const },
  { id: "acme", names: ["Acme"], kind: "organization" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("an object pronoun after a second verb stands for the first verb's object", () => {
  it.each([
    ["Admiral Harris has visited China twice, accusing it of militarizing the disputed waters.", "harris>china"],
    ["Senator Lee met Acme's board and accused them of hiding losses.", "lee>acme"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it.each([
    // "it" is no person, "him" no country
    "Senator Lee praised Governor Smith, accusing it of militarizing the disputed waters.",
    "Senator Lee visited China, accusing him of lying.",
    // no comma or "and" joins the verbs
    "Senator Lee wrote to China accusing it of lying.",
  ])("%s names no one", (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe("a cue in a phrase fronted before the sentence's subject", () => {
  it("the subject after the comma accuses the one named before it", () => {
    expect(pairs("After blasting Acme for hiding losses, Senator Lee announced a hearing.")).toEqual(["lee>acme"]);
  });

  it("the subject after the comma is not accused", () => {
    expect(pairs("In her statement condemning the test, Senator Lee defended her record.")).toEqual([]);
  });

  it("a phrase with its own subject keeps it", () => {
    expect(pairs("After Senator Lee accused Governor Smith of lying, Acme left the state.")).toContain("lee>smith");
  });
});

describe("'lit into' and 'tore into' criticise a person", () => {
  it("with a reason", () => {
    expect(pairs("Governor Smith lit into Senator Lee for missing the vote.")).toEqual(["smith>lee"]);
  });

  it("'lit' alone is no cue", () => {
    expect(pairs("Governor Smith lit the torch for Senator Lee.")).toEqual([]);
  });
});

describe("verbal attacks received from a named person", () => {
  it.each([
    ["Senator Lee faced fresh attacks from Governor Smith over the budget.", "smith>lee"],
    [
      "Senator Lee has chosen to shrug off recent attacks from the state's governor, Governor Smith, this week.",
      "smith>lee",
    ],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it("a state's attacks are strikes, not words", () => {
    expect(pairs("Ukraine faced fresh attacks from Russia over the weekend.")).toEqual([]);
  });
});

describe("a base form after a verb that tells the act begun or going on", () => {
  it.each([
    ["Senator Lee went on to attack Governor Smith, saying he had lied.", "lee>smith"],
    ["Senator Lee has begun to attack Governor Smith in her speeches.", "lee>smith"],
    ["Senator Lee continued to criticize Acme for its losses.", "lee>acme"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it.each([
    "Senator Lee refuses to attack Governor Smith in her speeches.",
    "Senator Lee did not continue to attack Governor Smith in her speeches.",
  ])("%s: an act refused or denied is none", (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe("a plain condemnation's accused is named in its object, not in an adjunct after it", () => {
  it.each([
    ["Senator Lee denounced Governor Smith's remarks on Monday.", "lee>smith"],
    ["Senator Lee denounced remarks by Governor Smith on Monday.", "lee>smith"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });

  it.each([
    "Senator Lee denounced the violence, telling Acme that it must stop.",
    "Senator Lee denounced the violence in an interview with Acme.",
    'Senator Lee condemned "a horrific attack in Berlin, Germany" on Friday.',
  ])("%s names no one accused", (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe("a dateline's agency is no participle's accuser", () => {
  it("the clause's first actor after the credit accuses", () => {
    const actors = [...ACTORS, { id: "afp", names: ["AFP"], kind: "media" as const }];
    const doc = parseClaimsAndEvents(
      "New York (AFP) – Senator Lee on Monday toured the state, trashing Governor Smith as unfit for office.",
      actors,
    );
    expect(accusationPairs(doc)).toEqual(["lee>smith"]);
  });
});
