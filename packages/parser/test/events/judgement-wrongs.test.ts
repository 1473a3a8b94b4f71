import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a speaker's judgement of another actor's conduct inside
// what the speaker says (playing on fears, distracting the public, a big lie,
// manipulating the tax code, being a terror group's best recruiter, being in it
// for oneself, selling out an ally, a misleading ad, "not only a racist", "a man
// who incites") accuses the actor the judgement is about; the same words of no
// one's conduct, negated, or about the one served accuse no one or someone else.
const ACTORS = [
  ...WORLD,
  { id: "marlow", names: ["Senator Ada Marlow", "Marlow"], kind: "person" as const },
  { id: "quint", names: ["Governor Paul Quint", "Quint"], kind: "person" as const },
  { id: "tessier", names: ["Nora Tessier", "Tessier"], kind: "person" as const },
  { id: "isis", names: ["the Islamic State", "Islamic State"], kind: "organization" as const },
  { id: "dems", names: ["the Democrats", "Democrats"], kind: "organization" as const },
  { id: "gop", names: ["the Republicans", "Republicans"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pair = (text: string) => run(text).accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("judgements of conduct inside a statement", () => {
  it("reads demagoguery: playing on fears, inflammatory rhetoric", () => {
    expect(pair("Tessier said Quint was playing on the fears and anxieties of voters.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint was playing on the team's left wing.")).toEqual([]);
  });

  it("reads deceit: distracting the public, a big lie, manipulating, tricks and lies", () => {
    expect(pair("The Republicans say the Democrats are just trying to distract the public.")).toEqual(["gop>dems"]);
    expect(pair("Tessier said Quint manipulated the tax code.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint uses different tricks and lies.")).toEqual(["tessier>quint"]);
    // the doer's own attention diverted: he suffers it
    expect(pair("Tessier said they can divert his attention from the vote.")).toEqual([]);
  });

  it("reads a big lie told by an agent, never a name past the verb", () => {
    expect(pair("Tessier said the biggest lie was told by Quint.")).toEqual(["tessier>quint"]);
    expect(
      pair("Tessier said the biggest lie being told by the administration is that the Islamic State is defeated."),
    ).not.toContain("tessier>isis");
  });

  it("reads a role served for an enemy as the role-holder's, not the owner's", () => {
    expect(pair("Tessier said Quint was becoming the Islamic State's best recruiter.")).toEqual(["tessier>quint"]);
  });

  it("reads self-interest and a hidden agenda, not a stated agenda", () => {
    expect(pair("Tessier said Quint is only in it for himself.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint has a hidden agenda.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint is not in it for the money.")).toEqual([]);
    expect(pair("Tessier said Quint's political agenda includes health care.")).toEqual([]);
  });

  it("reads betrayal and a misleading ad, not a concert sold out", () => {
    expect(pair("Tessier said Poland was sold out by Quint and Marlow.")).toEqual(["tessier>quint,marlow"]);
    expect(pair("Tessier said Quint ran a misleading ad about the budget.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said the concert sold out by noon.")).toEqual([]);
  });

  it("reads squandering credibility and demonizing minorities", () => {
    expect(pair("Tessier said Quint squandered his moral authority.")).toEqual(["tessier>quint"]);
    expect(pair("Tessier said Quint has been demonizing minorities for years.")).toEqual(["tessier>quint"]);
  });
});
