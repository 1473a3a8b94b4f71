import { describe, expect, it } from "vitest";
import { parseClaimsAndEvents } from "./make-doc.js";

// invented sentences: an accusation's evidence ends where its subject's second act begins
const ACTORS = [
  { id: "price", names: ["Ellen Price", "Price"], kind: "person" as const },
  { id: "dalton", names: ["Mark Dalton", "Dalton"], kind: "person" as const },
  { id: "acme", names: ["Acme Corp", "Acme"], kind: "organization" as const },
];

const run = (text: string) => parseClaimsAndEvents(text, ACTORS);
const words = (doc: ReturnType<typeof run>) =>
  doc.accusations.map((a) => doc.text.slice(a.evidence.start, a.evidence.end));

describe("a second act of the same subject", () => {
  it("ends the first accusation's evidence and is an accusation of its own", () => {
    const doc = run(
      "Ellen Price complained bitterly about Dalton's handling of the budget, and railed about Acme's habit of dumping waste.",
    );
    expect(words(doc), JSON.stringify(doc.accusations)).toEqual([
      "Ellen Price complained bitterly about Dalton's handling of the budget",
      "railed about Acme",
    ]);
    expect(doc.accusations.map((a) => `${a.accuser}>${a.accused.join("+")}`)).toEqual(["price>dalton", "price>acme"]);
  });

  it("cuts a bare object's evidence before the second act, keeping the object whole", () => {
    const doc = run("Ellen Price strongly denounced Dalton's rhetoric and said she would return his donations.");
    expect(words(doc)).toEqual(["Ellen Price strongly denounced Dalton's rhetoric"]);
  });

  it("keeps a participle joined to a perfect and a noun after an -ed adjective inside the act", () => {
    const doc = run("Ellen Price accused Dalton of having lied and cheated in the audit.");
    expect(words(doc)).toEqual(["Ellen Price accused Dalton of having lied and cheated in the audit"]);
  });
});
