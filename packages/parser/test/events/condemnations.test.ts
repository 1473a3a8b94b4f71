import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented statements whose words condemn what an actor or its act is or does
const ACTORS = [
  ...WORLD,
  { id: "smith", names: ["Governor Smith", "Smith"], kind: "person" as const },
  { id: "lee", names: ["Senator Lee", "Lee"], kind: "person" as const },
];

function accusations(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc).accusations;
}

describe("condemnation predicates inside a statement", () => {
  it.each([
    ['"Governor Smith treats the courts with open contempt," Senator Lee said.', "lee", "smith"],
    ["Senator Lee said Governor Smith's new decree is unconstitutional.", "lee", "smith"],
    ['Poland said Germany\'s plan "reflects a colonialist mindset".', "poland", "germany"],
  ])("%s", (text, accuser, accused) => {
    const found = accusations(text);
    expect(found.map((a) => [a.accuser, a.accused])).toContainEqual([accuser, [accused]]);
  });

  it("keeps the evidence to the quoted sentence that condemns", () => {
    const text = '"Governor Smith treats the law with contempt. We will win," Senator Lee said.';
    const [a] = accusations(text);
    expect(text.slice(a?.evidence.start ?? 0, a?.evidence.end ?? 0)).toContain("treats the law with contempt");
    expect(text.slice(a?.evidence.start ?? 0, a?.evidence.end ?? 0)).not.toContain("We will win");
  });

  it("accuses no one when no actor or actor's act is condemned", () => {
    expect(accusations("Senator Lee said the old tax law is unconstitutional.")).toEqual([]);
  });
});

describe("wrongs told by their victim", () => {
  it("a passive rape with its doers after 'by' accuses them", () => {
    const found = accusations("Senator Lee testified that she was raped by Governor Smith.");
    expect(found.map((a) => [a.accuser, a.accused, a.category])).toContainEqual(["lee", ["smith"], "sexual violence"]);
  });

  it("a language after 'in' is no country to accuse", () => {
    // Germany named only as a country, so "German" is left to the demonym finder
    const actors = [...ACTORS.filter((a) => a.id !== "germany"), { id: "germany", names: ["Germany"] }];
    const doc = makeDoc(
      'Germany hosted the trial. Senator Lee told a guard, in German and English, "they raped me".',
      actors,
    );
    findClaims(doc);
    runEventStages(doc);
    expect(doc.accusations.filter((a) => a.accused.includes("germany"))).toEqual([]);
  });
});

describe("a document speaks for whoever filed it", () => {
  it("'The petition claims X's decree is unconstitutional' accuses for the petitioner", () => {
    const found = accusations(
      "On Monday, Senator Lee filed a petition in the capital. The petition claims Governor Smith's decree is unconstitutional.",
    );
    expect(found.map((a) => [a.accuser, a.accused])).toContainEqual(["lee", ["smith"]]);
  });
});
