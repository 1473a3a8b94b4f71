import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { CueSet, compilePattern } from "../../src/events/cue-patterns.js";
import { docTokens } from "../../src/events/tokens.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a statement whose content says a named actor (or its act)
// was intolerable, inappropriate or unwarranted, has a conflict of interest,
// rips off the public, threw people under the bus or applies a double standard
// accuses that actor; an extraposed judgement ("it was inappropriate to ...")
// or the same words with no actor's deed accuse no one.
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

describe("impropriety, exploitation and hypocrisy told in a statement", () => {
  it("reads an actor's act said to be intolerable, inappropriate or unwarranted", () => {
    expect(pair("Marlow said Quint's remarks about the strikers were intolerable.")).toEqual(["marlow>quint"]);
    expect(pair('Tessier said Quint\'s handling of the audit was "wholly inappropriate."')).toEqual(["tessier>quint"]);
    expect(pair("Tessier said the Oversight Panel's inquiry was unwarranted.")).toEqual(["tessier>panel"]);
  });

  it("reads no accusation in an extraposed judgement or a thing with no doer", () => {
    expect(pair("Marlow said it was inappropriate to comment on the ferry case.")).toEqual([]);
    expect(pair("Marlow said the fears about the bridge were unwarranted.")).toEqual([]);
  });

  it("reads a conflict of interest, ripping off the public and a double standard", () => {
    expect(pair("Tessier said Quint has a clear conflict of interest in the harbour contract.")).toEqual([
      "tessier>quint",
    ]);
    expect(pair("Marlow said the Oversight Panel is ripping off taxpayers.")).toEqual(["marlow>panel"]);
    expect(pair("Tessier said the Valley Herald applies a double standard to the candidates.")).toEqual([
      "tessier>herald",
    ]);
  });

  it("reads throwing people under the bus, not a storm ripping off a roof", () => {
    expect(pair("Quint said Marlow threw the dock workers under the bus.")).toEqual(["quint>marlow"]);
    expect(pair("Quint said the storm ripped off the roof of the depot.")).toEqual([]);
  });
});

describe("a word ruled out after a quotation", () => {
  // 'it was "totally inappropriate" for X to ...': the doer follows "for", past the closing quotation mark
  const judged = new CueSet<true>([compilePattern("was ~2 inappropriate !for", true)]);
  const matches = (text: string) => {
    const tokens = docTokens(makeDoc(text, ACTORS));
    return judged.matchWithin(tokens, 0, tokens.length).length;
  };

  it("reads the ruled-out word past a closing quotation mark", () => {
    expect(matches('Marlow said it was "totally inappropriate" for Quint to attend.')).toBe(0);
    expect(matches('Marlow said Quint was "totally inappropriate" at the hearing.')).toBe(1);
  });
});
