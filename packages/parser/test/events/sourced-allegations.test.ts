import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: an allegation noun that names its wrong and its source
// ("the allegations of bribery from X") accuses, for the source, the clause's
// subject or the one named after "against"; a quoted "No, it is not true" or
// "It never happened" from the one accused denies it.
const ACTORS = [
  ...WORLD,
  { id: "hale", names: ["Senator Ann Hale", "Hale"], kind: "person" as const },
  { id: "ruiz", names: ["aide Marco Ruiz", "Marco Ruiz", "Ruiz"], kind: "person" as const },
  { id: "stone", names: ["Pia Stone", "Stone"], kind: "person" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("allegations with a named source", () => {
  it("reads 'X addressed the allegations of <wrong> from Y' as Y accusing X", () => {
    const doc = run("Senator Ann Hale addressed the allegations of bribery from former aide Marco Ruiz on Monday.");
    expect(pairs(doc)).toEqual(["ruiz>hale"]);
  });

  it("takes the one after 'against' when the phrase names one", () => {
    const doc = run("Pia Stone studied allegations of fraud by Marco Ruiz against Senator Ann Hale.");
    expect(pairs(doc)).toEqual(["ruiz>hale"]);
  });

  it("needs a wrong: allegations of a meeting, or with no source, accuse no one", () => {
    expect(run("Senator Ann Hale addressed the allegations of a meeting from Marco Ruiz.").accusations).toEqual([]);
    expect(run("Senator Ann Hale addressed the allegations of bribery on Monday.").accusations).toEqual([]);
  });
});

describe("quoted dismissals of an allegation", () => {
  it("reads 'No, it is not true' from the accused as a denial, and not from someone never accused", () => {
    const doc = run(
      'Senator Ann Hale addressed the allegations of bribery from former aide Marco Ruiz. Hale told reporters "No, it is not true. It never happened."',
    );
    expect(doc.denials.map((d) => d.denier)).toEqual(["hale"]);
    const other = run('Pia Stone told reporters "No, it is not true that the vote was moved."');
    expect(other.denials).toEqual([]);
  });
});
