import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a name said to be an act's perpetrators, culprits or
// masterminds is accused, suspected or not; and a reported statement is the
// claims stage's speaker's, not a name inside the speaker's title.
const ACTORS = [
  ...WORLD,
  { id: "front", names: ["the Red Dawn Front", "Red Dawn Front"], kind: "organization" as const },
  { id: "moss", names: ["Colonel Ida Moss", "Ida Moss", "Moss"], kind: "person" as const },
  { id: "command", names: ["the Northern Command", "Northern Command"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("perpetrators named", () => {
  it("'X are the suspected perpetrators' accuses X, for the speaker rather than the body in her title", () => {
    const doc = run(
      "Colonel Ida Moss of the army's Northern Command said the Red Dawn Front are the suspected perpetrators.",
    );
    expect(pairs(doc)).toEqual(["moss>front"]);
  });

  it("'X was the mastermind' accuses X", () => {
    const doc = run("Moss said the Red Dawn Front was the mastermind of the bombing.");
    expect(pairs(doc)).toEqual(["moss>front"]);
  });

  it("'X were not the culprits' accuses no one", () => {
    const doc = run("Moss said the Red Dawn Front were not the culprits.");
    expect(doc.accusations).toEqual([]);
  });
});
