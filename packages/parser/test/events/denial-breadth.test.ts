import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: denials in the passive (the by-agent denies), "deny"
// with a longer object or a clause without "that", a relative ", which he
// has denied and ...", a verb coordinated by "but", and labelling as false;
// with the refusals and non-denials that must stay out.
const ACTORS = [
  ...WORLD,
  { id: "varga", names: ["Lena Varga", "Varga"], kind: "person" as const },
  { id: "pellow", names: ["Tom Pellow", "Pellow"], kind: "person" as const },
  { id: "court", names: ["the appeals court"], kind: "organization" as const },
  { id: "ministry", names: ["the Interior Ministry", "Interior Ministry"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const deniers = (text: string) => run(text).denials.map((d) => d.denier);

describe("denials in the passive", () => {
  it("the by-agent of a denied charge is the denier", () => {
    expect(deniers("The allegation was denied by Tom Pellow, the mayor's spokesman.")).toEqual(["pellow"]);
  });

  it("a reduced relative: an accusation rejected by the ministry", () => {
    expect(deniers("Protesters repeated the accusation, rejected by the Interior Ministry on Friday.")).toEqual([
      "ministry",
    ]);
  });

  it("a request denied by a court is a refusal, not a denial", () => {
    expect(deniers("The request was denied by the appeals court in March.")).toEqual([]);
  });

  it("a passive without an agent names no denier", () => {
    expect(deniers("The claims were denied at a briefing in Vienna.")).toEqual([]);
  });
});

describe("what deny takes", () => {
  it("a compound accusing noun: denied the fraud claims", () => {
    expect(deniers("Varga has vigorously denied the tax fraud claims.")).toEqual(["varga"]);
  });

  it("a possessive: denied his involvement", () => {
    expect(deniers("Pellow denied his involvement in the scheme.")).toEqual(["pellow"]);
  });

  it("a clause without 'that': denies the two fires were linked", () => {
    expect(deniers("Moscow denies the two fires were linked to its army.")).toEqual(["russia"]);
  });

  it("denying someone a thing one grants stays out", () => {
    expect(deniers("Sweden denied the fishing crews access to its ports.")).toEqual([]);
    expect(deniers("Poland denied the delegation visas that were requested in May.")).toEqual([]);
    expect(deniers("Varga denied her rival the victory and left the party.")).toEqual([]);
  });

  it("a negated denial is none: did not deny the suggestion", () => {
    expect(deniers("Pellow did not deny the suggestion.")).toEqual([]);
  });

  it("', which he has denied and ...' denies the allegation before the comma", () => {
    const text = "Varga faces allegations that she hid donations, which she has denied and which remain unproven.";
    expect(deniers(text)).toEqual(["varga"]);
  });
});

describe("coordination and labels", () => {
  it("'X said ... but denied' keeps the clause's subject", () => {
    const text = "Varga said she had met Pellow twice but denied that she offered him any money.";
    expect(deniers(text)).toEqual(["varga"]);
  });

  it("labelled the report as fake", () => {
    expect(deniers('Pellow labelled the report as "fake" on Tuesday.')).toEqual(["pellow"]);
  });

  it("a label in the passive with no named agent is no denial", () => {
    expect(deniers("The report was labelled as false by nobody.")).toEqual([]);
  });
});

describe("'had nothing to do with' after an accusation", () => {
  it("the accused's own account denies it", () => {
    const text = "Pellow accused Varga of hiding the donations. Varga said she had nothing to do with the donations.";
    expect(deniers(text)).toEqual(["varga"]);
  });

  it("a relative clause's 'who had nothing to do with' is no account", () => {
    const text =
      "Pellow accused Varga of hiding the donations. Varga said the audit ignored donors who had nothing to do with the party.";
    expect(deniers(text)).toEqual([]);
  });

  it("with no accusation before, it is only a claim", () => {
    expect(deniers("Varga said she had nothing to do with the festival this year.")).toEqual([]);
  });
});
