import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// invented sentences: an accusing verb joined by "and"/"but" shares the subject of the clause before
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);

describe("an accusing verb joined to the clause before", () => {
  it("takes the clause's subject, not the first verb's object, as the accuser", () => {
    const doc = run(
      "Ellen Price praised Dalton's budget and accused Acme Corp of polluting the river. Price thanked Dalton but criticized Acme Corp for the delays. Price met Dalton and then blamed Acme Corp for the spill.",
    );
    expect(accusationPairs(doc), JSON.stringify(doc.accusations)).toEqual(["price>acme", "price>acme", "price>acme"]);
  });

  it("keeps a subject list and a clause opened by another subject as they were", () => {
    const doc = run(
      "Price and Dalton accused Acme Corp of fraud. After Dalton resigned, Price spoke and accused Acme Corp of lying.",
    );
    const accusers = doc.accusations.map((a) => a.accuser);
    expect(accusers, JSON.stringify(doc.accusations)).toHaveLength(2);
    expect(accusers[1]).toBe("price");
  });
});
