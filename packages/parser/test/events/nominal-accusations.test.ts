import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented campaign stories: an accusation told as a noun, its accuser named with it
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("accusations told as nouns", () => {
  it("reads a possessor's accusation with a 'that' clause, a pronoun standing for the one named before", () => {
    const doc = run("Dalton rejected Ellen Price's accusation that he had lied about his taxes.");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toContain("price>dalton");
  });

  it("reads 'the X campaign's accusation that', 'allegations by X that' and 'X's allegations against Y'", () => {
    const doc = run(
      "The Price campaign's accusation that Dalton took bribes surfaced on Monday. Dalton also faces allegations by Acme Corp that he misused its funds. Acme Corp's allegations against Price include fraud.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual([
      "price>dalton",
      "acme>dalton",
      "acme>price",
    ]);
  });

  it("names no accuser the noun does not name, and takes no possessor of charges as their author", () => {
    const doc = run(
      "The allegations against Dalton include fraud. Dalton's charges that were filed in May name Price. There is no allegation by Price that Dalton lied.",
    );
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });
});
