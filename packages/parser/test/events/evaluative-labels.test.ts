import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: a speaker's evaluation of another actor's conduct, as a label or in a statement
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

describe("evaluative labels and statements", () => {
  it("reads calling someone a clown or a bigot as a damning label", () => {
    expect(pairs("During the debate, Lopez called Hale a clown and a buffoon.")).toContain("lopez>hale");
    expect(pairs("Lopez called Hale a bigot on Tuesday.")).toContain("lopez>hale");
  });

  it("reads calling someone a national embarrassment as a damning label", () => {
    expect(pairs('Lopez called Hale a "national embarrassment" after the summit.')).toContain("lopez>hale");
  });

  it("reads a statement that an actor's act was a grave mistake as an accusation of the actor", () => {
    expect(pairs('"Hale made a grave mistake when he closed the hospital," Lopez said.')).toContain("lopez>hale");
  });

  it("reads a statement that an actor was hypocritical or incompetent as an accusation", () => {
    expect(pairs('"Hale has been hypocritical about the budget," Lopez said.')).toContain("lopez>hale");
    expect(pairs('"Hale is incompetent," Lopez said.')).toContain("lopez>hale");
  });

  it("does not read advice against a supposed mistake as an accusation", () => {
    expect(pairs('"It would be a big mistake to cut the budget now," Hale said.')).toEqual([]);
  });
  it("reads calling someone a loser, a charlatan or unhinged as a damning label", () => {
    expect(pairs('At the rally, Lopez called Hale a "total loser".')).toContain("lopez>hale");
    expect(pairs("Lopez branded Hale a charlatan on Monday.")).toContain("lopez>hale");
    expect(pairs('Lopez called Hale "unhinged" after the vote.')).toContain("lopez>hale");
  });

  it("reads calling someone a sociopath, third-rate or delusional as a damning label", () => {
    expect(pairs('Lopez called Hale a "sociopath" on Tuesday.')).toContain("lopez>hale");
    expect(pairs('Lopez called Hale "third-rate" at the rally.')).toContain("lopez>hale");
    expect(pairs('Lopez called Hale "totally delusional" on Monday.')).toContain("lopez>hale");
  });

  it("gives a label to the one whose calling it is, not to the clause's subject", () => {
    expect(pairs("Hale went on television to respond to Lopez's calling Hale a loser.")).toEqual(["lopez>hale"]);
  });

  it("does not accuse a name inside a prepositional phrase of the one called", () => {
    expect(pairs("Lopez called the workers from Hale's factory extremists.")).toEqual([]);
  });

  it("reads a label that follows a long object naming the actor's conduct", () => {
    expect(pairs('Lopez called Hale\'s use of private bank accounts "extremely careless" on Monday.')).toContain(
      "lopez>hale",
    );
  });

  it("does not read a label the speaker is reluctant or refuses to give", () => {
    expect(pairs("Lopez is reluctant to call Hale a liar.")).toEqual([]);
    expect(pairs("Lopez refused to call Hale a liar.")).toEqual([]);
  });
});
