import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences for accusation and response constructions that unseen articles use
const ACTORS = [
  ...WORLD,
  { id: "tsikhanouskaya", names: ["Svetlana Tsikhanouskaya"], kind: "person" as const },
  { id: "government", names: ["the government"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

describe("criticism with its reason", () => {
  it("reads 'criticised X, saying it had rigged ...' as an accusation", () => {
    const doc = run(
      "Opposition figure Svetlana Tsikhanouskaya criticised the government, saying it had rigged the count.",
    );
    const acc = doc.accusations.find((a) => a.accuser === "tsikhanouskaya");
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(acc?.accused).toEqual(["government"]);
  });

  it("reads 'slammed X, saying it had violated ...' and 'lambasted X for ...' as accusations", () => {
    const doc = run(
      "China slammed the United States, saying it had violated the agreement. Germany lambasted Russia for jailing Navalny.",
    );
    const pairs = doc.accusations.map((a) => [a.accuser, a.accused[0]]);
    expect(pairs, JSON.stringify(doc.accusations)).toContainEqual(["china", "usa"]);
    expect(pairs, JSON.stringify(doc.accusations)).toContainEqual(["germany", "russia"]);
  });

  it("takes no accusation from a physical attack or a criticism without its reason", () => {
    const doc = run(
      "Protesters attacked the police over the weekend. Sweden criticised the European Union. Poland slammed into Germany.",
    );
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });
});
