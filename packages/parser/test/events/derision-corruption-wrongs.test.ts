import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement whose content says a named actor
// cherry-picks, deals in cronyism or a quid pro quo, stokes fears or divisions, hurls slurs,
// mocks or vilifies a person, or shoves, grabs or yanks one accuses that
// actor; the same words with no person as their object ("grabbed the
// microphone", "mocked the plan") or negated accuse no one.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "tessier", names: ["Nora Tessier", "Tessier"], kind: "person" as const },
  { id: "panel", names: ["the Oversight Panel", "Oversight Panel"], kind: "organization" as const },
  { id: "herald", names: ["the Valley Herald", "Valley Herald"], kind: "media" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("corruption, bigotry, derision and physical wrongs in a statement", () => {
  it("reads deriding a person, not deriding a plan", () => {
    expect(pair("Marlow said Quint had mocked a disabled reporter at the rally.")).toEqual(["marlow>quint"]);
    expect(pair("Tessier said Quint disrespected the veterans and vilified them.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint mocked the plan at the rally.")).toEqual([]);
  });

  it("reads cherry-picking and a distorted portrayal", () => {
    expect(
      pair("Quint said the Valley Herald cherry-picked figures to give a distorted picture of the budget."),
    ).toEqual(["quint>herald"]);
  });

  it("reads cronyism and a quid pro quo as corruption", () => {
    const doc = run("Marlow said Quint rewarded donors in a quid pro quo at the port authority.");
    expect(doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`)).toEqual(["marlow>quint"]);
    expect(doc.accusations[0]?.category).toBe("corruption");
  });

  it("reads stoking divisions and hurling slurs", () => {
    expect(pair("Tessier said Marlow has stoked racial divisions across the state.")).toEqual(["tessier>marlow"]);
    expect(pair("Tessier said Quint shouted racial slurs at the crowd.")).toEqual(["tessier>quint"]);
  });

  it("reads shoving, grabbing or yanking a person, a body part standing for its owner", () => {
    expect(pair("Tessier said Quint shoved her toward the exit.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint roughly yanked the arm of a young reporter.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint grabbed his throat.")).toEqual(["tessier>quint"]);
  });

  it("reads no accusation in a thing grabbed or a negated wrong", () => {
    expect(pair("Tessier said Quint grabbed the microphone and began to speak.")).toEqual([]);
    expect(pair("Marlow said Quint did not stoke fears about the plant.")).toEqual([]);
  });
});

describe("damning conduct and harms told against the speaker's own side", () => {
  it("reads an actor said to be divisive, offensive or dangerous", () => {
    expect(pair("Marlow said Quint is divisive and reckless.")).toEqual(["marlow>quint"]);
    expect(pair('"What Quint is saying is dangerous," Marlow said.')).toEqual(["marlow>quint"]);
    expect(pair("Marlow said the storm was dangerous for the harbour towns.")).toEqual([]);
  });

  it("reads a harm or a slight done to us, me or our own", () => {
    expect(pair('"Quint has disrespected me for years," Tessier said.')).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint mocked our candidate at the rally.")).toEqual(["tessier>quint"]);
  });

  it("reads no act in a gerund after a preposition", () => {
    expect(pair("Tessier said Quint talked about jobs instead of mocking his rivals.")).toEqual([]);
  });
});
