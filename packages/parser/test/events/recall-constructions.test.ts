import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences for accusation and response constructions that unseen articles use
const ACTORS = [
  ...WORLD,
  { id: "tsikhanouskaya", names: ["Svetlana Tsikhanouskaya"], kind: "person" as const },
  { id: "government", names: ["the government"], kind: "organization" as const },
  { id: "berg", names: ["Anna Berg", "Berg"], kind: "person" as const, affiliation: "germany" },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

describe("criticism with its reason", () => {
  it("reads 'criticised X, saying it had rigged ...' as an accusation", () => {
    const doc = run(
      "Opposition figure Svetlana Tsikhanouskaya criticised the government, saying it had rigged the count.",
    );
    const acc = doc.accusations.find((a) => a.accuser === "tsikhanouskaya");
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(acc?.accused).toEqual(["government"]);
  });

  it("reads 'slammed X, saying it had violated ...' and 'lambasted X for ...' as accusations", () => {
    const doc = run(
      "China slammed the United States, saying it had violated the agreement. Germany lambasted Russia for jailing Navalny.",
    );
    const pairs = doc.accusations.map((a) => [a.accuser, a.accused[0]]);
    expect(pairs, JSON.stringify(doc.accusations)).toContainEqual(["china", "usa"]);
    expect(pairs, JSON.stringify(doc.accusations)).toContainEqual(["germany", "russia"]);
  });

  it("takes no accusation from a physical attack or a collision", () => {
    const doc = run("Protesters attacked the police over the weekend. Poland slammed into Germany.");
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });

  it("reads criticism of an actor named as the verb's object as an accusation, reason stated or not", () => {
    const doc = run(
      "Sweden criticised the European Union. Germany's foreign minister Anna Berg blasted Russia on Monday. China rebuked both Germany and Sweden.",
    );
    const pairs = doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
    expect(pairs, JSON.stringify(doc.accusations)).toEqual(["sweden>eu", "berg>russia", "china>germany,sweden"]);
  });

  it("accuses no one when the criticised thing is not an actor, or the name follows a preposition", () => {
    const doc = run(
      "Sweden criticised the plan via the European Union. Poland criticised the budget on Monday in Germany. Berg criticized sharply.",
    );
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });
});

describe("threats, offers, votes and seizures", () => {
  const PARLIAMENT = { id: "parliament", names: ["European Parliament"], kind: "organization" as const };
  function runWith(text: string) {
    const doc = makeDoc(text, [...ACTORS, PARLIAMENT]);
    findClaims(doc);
    return runEventStages(doc);
  }

  it("reads 'warned that it would retaliate if Y ...' as a threat toward Y", () => {
    const doc = run("Iran warned that it would retaliate if the United States sent more warships.");
    const r = doc.responses.find((x) => x.type === "threaten");
    expect(r, JSON.stringify(doc.responses)).toBeDefined();
    expect(r?.actor).toBe("iran");
    expect(r?.targets).toEqual(["usa"]);
    expect(r?.modality).toBe("threatened");
  });

  it("reads 'warned it would take measures' as a threat, and a plain warning of weather as none", () => {
    const doc = run("China warned it would take countermeasures against Sweden. Poland warned of heavy snow.");
    const threats = doc.responses.filter((x) => x.type === "threaten");
    expect(
      threats.map((x) => [x.actor, x.targets[0]]),
      JSON.stringify(doc.responses),
    ).toEqual([["china", "sweden"]]);
  });

  it("reads 'offered to mediate between X and Y' as announced cooperation", () => {
    const doc = run("Germany offered to mediate between Russia and Ukraine.");
    const r = doc.responses.find((x) => x.type === "cooperate");
    expect(r, JSON.stringify(doc.responses)).toBeDefined();
    expect(r?.actor).toBe("germany");
    expect(r?.targets).toEqual(["russia", "ukraine"]);
    expect(r?.modality).toBe("announced");
  });

  it("reads a body's vote to freeze assets or halt talks as a sanction, and to block a deal as a rejection", () => {
    const doc = runWith(
      "The European Parliament voted to freeze the assets of Russian officials. The European Parliament voted to halt talks with China. The European Parliament voted to block the Iranian merger.",
    );
    const got = doc.responses.map((x) => [x.actor, x.type, x.targets[0]]);
    expect(got, JSON.stringify(doc.responses)).toContainEqual(["parliament", "sanction", "russia"]);
    expect(got, JSON.stringify(doc.responses)).toContainEqual(["parliament", "sanction", "china"]);
    expect(got, JSON.stringify(doc.responses)).toContainEqual(["parliament", "reject", "iran"]);
  });

  it("reads seizing a tanker or assets as a coercive legal action against their owner", () => {
    const doc = run(
      "Iran seized a British tanker in the Strait of Hormuz. The United States confiscated Iranian assets.",
    );
    const got = doc.responses.map((x) => [x.actor, x.type, x.targets[0]]);
    expect(got, JSON.stringify(doc.responses)).toContainEqual(["iran", "legal_action", "uk"]);
    expect(got, JSON.stringify(doc.responses)).toContainEqual(["usa", "legal_action", "iran"]);
  });
});

describe("a threat's condition", () => {
  it("takes no sanction from the condition of a threat, but keeps one told outright", () => {
    const doc = run(
      "Iran warned that it would retaliate if the United States imposed new sanctions. The European Union imposed sanctions on Iran.",
    );
    const sanctions = doc.responses.filter((x) => x.type === "sanction").map((x) => x.actor);
    expect(sanctions, JSON.stringify(doc.responses)).toEqual(["eu"]);
    expect(doc.responses.some((x) => x.type === "threaten" && x.actor === "iran")).toBe(true);
  });
});

describe("criticism levelled at someone", () => {
  it("reads 'leveled criticism at X' and 'directed sharp criticism at X' as accusations of X", () => {
    const doc = run(
      "Svetlana Tsikhanouskaya leveled greater criticism at the government. Sweden directed sharp criticism at Russia over the arrests.",
    );
    const pairs = doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);
    expect(pairs, JSON.stringify(doc.accusations)).toEqual(["tsikhanouskaya>government", "sweden>russia"]);
  });

  it("accuses no one when the criticism is levelled at a thing", () => {
    const doc = run("Sweden leveled criticism at the plan. Poland directed criticism at the budget.");
    expect(doc.accusations, JSON.stringify(doc.accusations)).toEqual([]);
  });
});
