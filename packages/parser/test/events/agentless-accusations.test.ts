import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a passive accusation with no agent takes its accuser
// from the story (the legal act brought against the accused, or the one who
// last accused them); a jury's conviction accuses; an inquiry called a witch
// hunt is denied by its target.
const ACTORS = [
  ...WORLD,
  { id: "brandt", names: ["Heinz Brandt", "Brandt"], kind: "person" as const },
  { id: "prosecutors", names: ["Federal prosecutors", "federal prosecutors"], kind: "group" as const },
  { id: "committee", names: ["the Ethics Committee", "Ethics Committee"], kind: "organization" as const },
  { id: "jury", names: ["The jury", "the jury"], kind: "group" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("accusations with no agent named", () => {
  it("'He was also accused of ...' continues the accuser the story last told", () => {
    const doc = run(
      "Federal prosecutors accused Brandt of stealing from the pension fund. Brandt was also accused of bribing two auditors.",
    );
    const second = doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("bribing"));
    expect(second.map((a) => `${a.accuser}>${a.accused.join(",")}`)).toEqual(["prosecutors>brandt"]);
  });

  it("guesses no accuser when the story tells no one accusing or acting against the accused", () => {
    const doc = run("Brandt was accused of bribing two auditors.");
    expect(doc.accusations).toEqual([]);
  });

  it("a passive with its agent is left to the agent rule", () => {
    const doc = run(
      "Federal prosecutors accused Brandt of theft. Brandt was accused of bribery by the Ethics Committee.",
    );
    const bribery = doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("bribery"));
    expect(bribery.map((a) => a.accuser)).toEqual(["committee"]);
  });
});

describe("a jury's conviction", () => {
  it("'the jury convicted X of ...' accuses X", () => {
    const doc = run("The jury convicted Brandt of fraud on Friday.");
    expect(pairs(doc)).toContain("jury>brandt");
  });
});
