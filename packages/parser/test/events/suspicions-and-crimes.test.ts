import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: an arrest's ground names a common crime (burglary, a
// stabbing, a shooting); a passive suspicion or guilty verdict with no agent
// is the accusation of whoever the story tells acting against the accused.
const ACTORS = [
  ...WORLD,
  { id: "police", names: ["Dorset Police", "the police", "Police"], kind: "organization" as const, affiliation: "uk" },
  { id: "reed", names: ["Tom Reed", "Reed"], kind: "person" as const, affiliation: "uk" },
  { id: "court", names: ["the Crown Court", "Crown Court"], kind: "organization" as const, affiliation: "uk" },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairsAt = (doc: ReturnType<typeof run>, words: string) =>
  doc.accusations
    .filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes(words))
    .map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("grounds that name a common crime", () => {
  it("'arrested X on suspicion of burglary' accuses X for the police", () => {
    const doc = run("Dorset Police arrested Tom Reed on suspicion of burglary on Sunday.");
    expect(pairsAt(doc, "arrested"), JSON.stringify(doc.accusations)).toEqual(["police>reed"]);
  });

  it("'arrested X in connection with the stabbing' accuses X", () => {
    const doc = run("Dorset Police arrested Tom Reed in connection with the stabbing of a shopkeeper.");
    expect(pairsAt(doc, "arrested"), JSON.stringify(doc.accusations)).toEqual(["police>reed"]);
  });
});

describe("agentless suspicions and verdicts", () => {
  it("'X is suspected of <crime>' is the accusation of the police that arrested X", () => {
    const doc = run("Dorset Police arrested Tom Reed on Monday. Reed is suspected of stabbing a shopkeeper in Poole.");
    expect(pairsAt(doc, "suspected"), JSON.stringify(doc.accusations)).toEqual(["police>reed"]);
  });

  it("a suspicion that names no wrong accuses no one", () => {
    const doc = run("Dorset Police arrested Tom Reed on Monday. Reed was suspected of dying from the virus.");
    expect(pairsAt(doc, "suspected"), JSON.stringify(doc.accusations)).toEqual([]);
  });

  it("a speaker of a relative clause is not the one suspected", () => {
    const doc = run(
      "Dorset Police arrested Tom Reed in Britain. Reed ran a charity that the Crown Court said was suspected of funding terrorism.",
    );
    const accused = doc.accusations.flatMap((a) => a.accused);
    expect(accused, JSON.stringify(doc.accusations)).not.toContain("court");
  });

  it("'X was found guilty of <crime>' is the court's accusation", () => {
    const doc = run("The case was heard at the Crown Court in Poole. Reed was found guilty of assault on Friday.");
    expect(pairsAt(doc, "guilty"), JSON.stringify(doc.accusations)).toEqual(["court>reed"]);
  });

  it("'found not guilty' accuses no one", () => {
    const doc = run("The case was heard at the Crown Court in Poole. Reed was found not guilty of assault on Friday.");
    expect(pairsAt(doc, "guilty"), JSON.stringify(doc.accusations)).toEqual([]);
  });
});
