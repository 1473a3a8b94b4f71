import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented campaign stories: criticism told as a noun, its critic the noun's owner
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("criticism told as a noun", () => {
  it("reads a name's criticism of an actor as the name's accusation", () => {
    const doc = run("Ellen Price's sharp criticism of Mark Dalton dominated the evening.");
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["price>dalton"]);
  });

  it("reads 'his criticism of' and 'whose criticism of' as the criticism of the name they stand for", () => {
    expect(accusationPairs(run("Price has toned down her criticism of Dalton in recent weeks."))).toEqual([
      "price>dalton",
    ]);
    expect(accusationPairs(run("Price, whose criticism of Acme Corp has grown, spoke on Monday."))).toEqual([
      "price>acme",
    ]);
  });

  it("reads the subject criticising with or in the noun", () => {
    expect(accusationPairs(run("Price opened the rally with criticism of Dalton's budget."))).toEqual(["price>dalton"]);
  });

  it("names no critic for an unowned criticism and none for a name past the noun's object", () => {
    expect(accusationPairs(run("The criticism of Acme Corp grew louder on Monday."))).toEqual([]);
    expect(accusationPairs(run("Price voiced her condemnation of the attack on Dalton."))).toEqual([]);
  });
});
