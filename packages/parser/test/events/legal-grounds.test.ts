import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences: a legal act that states its ground accuses the ones it targets;
// documents ("the first", "the second") speak for whoever brought them
const ACTORS = [
  ...WORLD,
  { id: "senate", names: ["the Senate", "Senate"], kind: "organization" as const, affiliation: "usa" },
  { id: "smith", names: ["Governor Smith", "Smith"], kind: "person" as const, affiliation: "usa" },
  {
    id: "court",
    names: ["The Moscow court", "the Moscow court", "the court"],
    kind: "organization" as const,
    affiliation: "russia",
  },
  { id: "ivanov", names: ["Pavel Ivanov", "Ivanov"], kind: "person" as const, affiliation: "ukraine" },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

describe("accusations stated by legal acts", () => {
  it("reads 'indicted X over alleged bribery' as the indicter accusing X", () => {
    const doc = run("On Friday the Senate indicted Governor Smith over alleged bribery of state officials.");
    const acc = doc.accusations.find((a) => a.accuser === "senate");
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(acc?.accused).toEqual(["smith"]);
    expect(acc?.category).toBe("corruption");
  });

  it("reads 'sentenced X to prison for espionage' as an accusation, not of the victim", () => {
    const doc = run("The Moscow court sentenced Pavel Ivanov to ten years in prison for espionage.");
    const acc = doc.accusations.find((a) => a.accuser === "court");
    expect(acc?.accused, JSON.stringify(doc.accusations)).toEqual(["ivanov"]);
  });

  it("does not accuse anyone over a named law or with no ground stated", () => {
    const named = run("Pavel Ivanov sued Governor Smith over the Election Interference Act.");
    expect(named.accusations, JSON.stringify(named.accusations)).toEqual([]);
    const bare = run("The Moscow court sentenced Pavel Ivanov to ten years in prison on Monday.");
    expect(bare.accusations).toEqual([]);
  });

  it("gives numbered documents to whoever brought them, clause by clause", () => {
    const doc = run(
      "The Senate approved three charges against the governor. The first charged Governor Smith with fraud, and the second accused him of obstruction of justice.",
    );
    const accs = doc.accusations.filter((a) => a.accuser === "senate" && a.accused.includes("smith"));
    expect(accs.length, JSON.stringify(doc.accusations)).toBe(2);
  });
});

describe("subjects before an aside", () => {
  it("takes the name before a dashed aside as the subject, not a name inside it", () => {
    const doc = run(
      "The Moscow court — the highest court of Russia for such cases — sentenced Pavel Ivanov on Monday.",
    );
    const r = doc.responses.find((x) => x.type === "legal_action");
    expect(r?.actor, JSON.stringify(doc.responses)).toBe("court");
  });
});

describe("labels given to a list of names", () => {
  it("reads 'named A (X) and B (Y) as terrorists' as accusing both, however long the names", () => {
    const actors = [
      ...ACTORS,
      { id: "front", names: ["National Liberation Front", "NLF"], kind: "organization" as const },
      { id: "army", names: ["ARA"], kind: "organization" as const },
    ];
    const doc = makeDoc(
      "Moscow named both the National Liberation Front (NLF) and the Army of the Rising Autumn (ARA) as terrorists.",
      actors,
    );
    findClaims(doc);
    runEventStages(doc);
    const acc = doc.accusations.find((a) => a.accuser === "russia");
    expect(acc?.accused, JSON.stringify(doc.accusations)).toEqual(["front", "army"]);
  });

  it("does not read naming someone to a post as a label", () => {
    const doc = run("Moscow named Pavel Ivanov as its new envoy.");
    expect(doc.accusations).toEqual([]);
  });
});

describe("the subject of a passive with an agent", () => {
  it("is not the doer of the wrong its agent names", () => {
    const doc = run('Pavel Ivanov said: "So long as Ukraine remains impeded by corruption, no reform will last."');
    expect(
      doc.accusations.filter((a) => a.accused.includes("ukraine")),
      JSON.stringify(doc.accusations),
    ).toEqual([]);
  });
});

describe("verdicts state what they find", () => {
  it("reads 'sentenced X to life for <a deed>' as the court's finding, with no wrong word needed", () => {
    const doc = run("The Moscow court sentenced Pavel Ivanov to life in prison for driving a truck into a market.");
    const acc = doc.accusations.find((a) => a.accuser === "court");
    expect(acc?.accused, JSON.stringify(doc.accusations)).toEqual(["ivanov"]);
  });

  it("skips a term after 'for' and reads the ground after it", () => {
    const doc = run("The Moscow court sentenced Pavel Ivanov to prison for 40 years for selling forged passports.");
    expect(
      doc.accusations.map((a) => a.accused),
      JSON.stringify(doc.accusations),
    ).toEqual([["ivanov"]]);
    const term = run("The Moscow court sentenced Pavel Ivanov to prison for 40 years.");
    expect(term.accusations).toEqual([]);
  });

  it("reads 'found guilty on N counts of <wrong>' as a ground", () => {
    const doc = run("In May the Moscow court found Pavel Ivanov guilty on 85 counts of illegally selling weapons.");
    expect(doc.accusations.find((a) => a.accuser === "court")?.accused, JSON.stringify(doc.accusations)).toEqual([
      "ivanov",
    ]);
  });

  it("reads an agentless 'was jailed for <crime>', not a term or a reason that is no wrong", () => {
    const doc = run("The Moscow court heard the case. Pavel Ivanov was jailed for bribery in 2012.");
    expect(
      doc.accusations.find((a) => a.accused.includes("ivanov")),
      JSON.stringify(doc.accusations),
    ).toBeDefined();
    const term = run("The Moscow court heard the case. Pavel Ivanov was jailed for two years.");
    expect(term.accusations).toEqual([]);
    const views = run("The Moscow court heard the case. Pavel Ivanov was imprisoned for his views.");
    expect(views.accusations).toEqual([]);
  });
});
