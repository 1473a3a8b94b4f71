import { describe, expect, it } from "vitest";
import { accusationPairs, parseClaimsAndEvents } from "./make-doc.js";

// Invented sentences: a reported statement ("X said Y ...", "according to X, Y ...")
// accuses when it tells a theft, a fraud or bribes taken; taking the blame or
// stealing the show accuses no one.
const ACTORS = [
  { id: "ortiz", names: ["Marta Ortiz", "Ortiz"], kind: "person" as const },
  { id: "kell", names: ["Dan Kell", "Kell"], kind: "person" as const },
  { id: "coop", names: ["Lakeside Co-op", "the co-op"], kind: "organization" as const },
  { id: "auditors", names: ["auditors", "Auditors"], kind: "group" as const },
];

const pairs = (text: string) => accusationPairs(parseClaimsAndEvents(text, ACTORS));

describe("bribes taken, told in reported speech", () => {
  it("'according to X, Y took bribes' accuses Y for X", () => {
    expect(pairs("According to auditors, Kell took bribes from a paving firm.")).toContain("auditors>kell");
    expect(pairs("Kell accepted kickbacks for the contract, Ortiz said.")).toContain("ortiz>kell");
  });

  it("taking the blame or responsibility is an admission, not a wrong told of another", () => {
    expect(pairs("Ortiz said Kell took full responsibility for the bribery scandal.")).toEqual([]);
  });
});

describe("theft and fraud told in reported speech", () => {
  it("stealing something of value or defrauding someone accuses the doer", () => {
    expect(pairs("Ortiz said Kell stole money from the pension fund.")).toContain("ortiz>kell");
    expect(pairs("According to Ortiz, the co-op defrauded its members.")).toContain("ortiz>coop");
  });

  it("stealing the show accuses no one", () => {
    expect(pairs("Ortiz said Kell stole the show at the county fair.")).toEqual([]);
  });
});
