import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents, WORLD } from "./make-doc.js";

// Invented sentences: a claim whose subject is the allegation and whose
// predicate waves it away ("said the charges were baseless") is the speaker's
// denial, reported or quoted; a report called false denies only for a side
// accused before; a negated predicate or a clause inside the noun phrase
// ("claims that the ballots were fake") denies nothing.
const ACTORS = [
  ...WORLD,
  { id: "lindqvist", names: ["Maja Lindqvist", "Lindqvist"], kind: "person" as const },
  { id: "tanaka", names: ["Kenji Tanaka", "Tanaka"], kind: "person" as const },
  { id: "harbour", names: ["the Harbour Authority", "Harbour Authority"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

const deniers = (text: string) => run(text).denials.map((d) => d.denier);

describe("an allegation waved away in a claim", () => {
  it("reads 'said the charges were baseless' as the speaker's denial", () => {
    expect(deniers("Lindqvist said on Tuesday that the charges against her were baseless.")).toEqual(["lindqvist"]);
  });

  it("reads a quoted 'These allegations are false' as a denial", () => {
    const doc = run('"These allegations are completely false," Tanaka told reporters in Osaka.');
    expect(doc.denials.map((d) => d.denier)).toEqual(["tanaka"]);
    expect(doc.text.slice(doc.denials[0]?.evidence.start, doc.denials[0]?.evidence.end)).toContain("false");
  });

  it("reads 'the claims were without foundation' across a quotation mark", () => {
    expect(deniers('The Harbour Authority said the claims were "entirely without foundation".')).toEqual(["harbour"]);
  });

  it("takes the reporting clause into the evidence", () => {
    const doc = run("Tanaka said the allegations of bribery were fabricated.");
    const d = doc.denials[0];
    expect(d && doc.text.slice(d.evidence.start, d.evidence.end)).toBe(
      "Tanaka said the allegations of bribery were fabricated",
    );
  });

  it("does not read a negated predicate as a denial", () => {
    expect(deniers("Lindqvist said the allegations were not baseless.")).toEqual([]);
  });

  it("does not read a clause inside the noun phrase as the predicate", () => {
    expect(deniers("Tanaka said claims that the ballots were fake had spread online.")).toEqual([]);
  });

  it("does not read a report called false by a side no one accused as a denial", () => {
    expect(deniers("The Harbour Authority said reports of a second ship were false.")).toEqual([]);
  });
});
