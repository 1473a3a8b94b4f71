import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a criminal charge told with no agent ("is accused of"
// in a story of a criminal case, "was convicted of", "X's charges include")
// is brought by the prosecuting state: a court named in its sentence or the
// one before, else the country the story names most. Defence lawyers saying
// their client acted in self-defence deny the charge.
const ACTORS = [
  ...WORLD,
  { id: "okafor", names: ["Daniel Okafor", "Okafor"], kind: "person" as const },
  { id: "lind", names: ["Maria Lind", "Lind"], kind: "person" as const },
  { id: "lawyers", names: ["his lawyers", "His lawyers"], kind: "group" as const },
  { id: "court", names: ["the Malmo District Court", "Malmo District Court"], kind: "organization" as const },
  { id: "ohio", names: ["Ohio"], kind: "organization" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("agentless criminal charges", () => {
  it("'is accused of' near a charge or bail is the prosecuting country's", () => {
    const doc = run(
      "Okafor was freed on bail in the United States on Monday. A nurse from Dayton, Okafor is accused of poisoning three patients. Sweden was not involved.",
    );
    expect(pairs(doc)).toEqual(["usa>okafor"]);
  });

  it("'is accused of' with no criminal case told guesses no accuser", () => {
    const doc = run("Okafor is accused of poisoning the debate in the United States. He is a columnist.");
    expect(doc.accusations).toEqual([]);
  });

  it("'were both convicted of' accuses the list's names, first name first, for a court named just before", () => {
    const doc = run(
      "The Malmo District Court heard the case in Sweden. Okafor, a former aide, and Lind, a banker, were both convicted of fraud.",
    );
    expect(pairs(doc)).toEqual(["court>okafor,lind"]);
  });

  it("a court named far from the charge is not its accuser", () => {
    const doc = run(
      "The Malmo District Court heard an unrelated case. It was in Sweden. Sweden is large. The weather was cold. Lind is accused of fraud and was freed on bail.",
    );
    expect(pairs(doc)).toEqual(["sweden>lind"]);
  });

  it("'X's charges include ...' accuses the owner of the charges", () => {
    const doc = run("Okafor was arrested in the United States. Okafor's charges include arson and theft.");
    const charges = doc.accusations.filter((a) => doc.text.slice(a.evidence.start, a.evidence.end).includes("include"));
    expect(charges.map((a) => `${a.accuser}>${a.accused.join(",")}`)).toEqual(["usa>okafor"]);
  });

  it("an indefinite description is someone new, not the actor it may share a word with", () => {
    const doc = makeDoc(
      "Okafor was arrested in the United States. A suspect has been charged with selling the rifle to Okafor.",
      [...ACTORS.filter((a) => a.id !== "okafor"), { id: "okafor", names: ["Okafor", "A suspect"], kind: "person" }],
    );
    findClaims(doc);
    runEventStages(doc);
    expect(doc.accusations.filter((a) => a.accused.includes("okafor"))).toEqual([]);
  });

  it("a name inside the subject's phrase is not the one charged", () => {
    const doc = run("A man in Ohio has been charged with selling the rifle. The United States is large.");
    expect(doc.accusations).toEqual([]);
  });
});

describe("self-defence as the defence's own account", () => {
  it("'his lawyers claimed he acted in self-defense' after a charge is a denial by the lawyers", () => {
    const doc = run(
      "Okafor was charged with murder in the United States. His lawyers have claimed the defendant acted in self defense.",
    );
    expect(doc.denials.map((d) => d.denier)).toEqual(["lawyers"]);
  });

  it("the same words with no one accused deny nothing", () => {
    const doc = run("His lawyers have claimed the defendant acted in self defense.");
    expect(doc.denials).toEqual([]);
  });
});

describe("charges faced and pleaded to", () => {
  it("reads 'X faced N counts of <wrong>' and 'X pleaded not guilty to N counts of <crime>' as charges against X", () => {
    const faced = run("The United States tried the case. Okafor faced twelve counts of fraud and false imprisonment.");
    expect(pairs(faced)).toEqual(["usa>okafor"]);
    const plea = run(
      "The United States tried the case. Okafor pleaded not guilty on Tuesday to seven counts of manslaughter.",
    );
    expect(pairs(plea)).toEqual(["usa>okafor"]);
  });

  it("needs a charge or a wrong: a plea to a person or a fight faced is none", () => {
    expect(run("The United States tried the case. Okafor pleaded guilty in court to the judge.").accusations).toEqual(
      [],
    );
    expect(run("The United States tried the case. Okafor faces a long fight.").accusations).toEqual([]);
  });

  it("reads no subject for a gerund after a preposition, and no new accusation for charges told before", () => {
    const gerund = run(
      "The United States tried the case. Lind said Okafor had spared them by pleading guilty to four charges.",
    );
    expect(pairs(gerund)).toEqual([]);
    const told = run(
      "The United States charged Okafor with fraud in May. In June Okafor pleaded not guilty to the charges.",
    );
    expect(pairs(told)).toEqual(["usa>okafor"]);
  });
});

describe("a subject before an apposition", () => {
  it("is the name before ', the founder of a firm in X,', not X", () => {
    const doc = run(
      "The United States tried the case. Okafor, the founder of a firm in Ohio, is accused of fraud in court.",
    );
    expect(doc.accusations.map((a) => a.accused[0])).toEqual(["okafor"]);
  });
});

describe("violent acts in reported speech", () => {
  it("reads 'X said Y stabbed three people' as X accusing Y, not a victim told in the passive", () => {
    expect(pairs(run("Lind said Okafor stabbed three people on Monday."))).toEqual(["lind>okafor"]);
    expect(pairs(run("Lind said Okafor was stabbed on Monday."))).toEqual([]);
  });

  it("gives a later conviction to the state, not to a newspaper that told the deed first", () => {
    const doc = run(
      "The United States tried him. Lind reported Okafor attacked people at the hall. Okafor was convicted of terrorism in 2012.",
    );
    expect(pairs(doc)).toEqual(["lind>okafor", "usa>okafor"]);
  });
});
