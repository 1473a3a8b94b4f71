import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { findAccusations } from "../../src/events/find-accusations.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// invented sentences for accusation and denial constructions beyond the tuned articles
const ACTORS = [
  ...WORLD,
  { id: "saudi", names: ["Saudi Arabia", "Saudi"] },
  { id: "turkey", names: ["Turkey", "Turkish", "Ankara"] },
  { id: "syria", names: ["Syria", "Syrian"] },
  { id: "pkk", names: ["the PKK", "PKK"], kind: "organization" as const },
  { id: "ypg", names: ["YPG"], kind: "organization" as const },
  { id: "zarif", names: ["Zarif"], kind: "person" as const, affiliation: "iran" },
];

// the stages in the pipeline's order (parse-article.ts): responses read the accusations found before them
function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

describe("accusations beyond the tuned articles", () => {
  it("reads 'alleged Iranian involvement' by coordinated accusers as an accusation of Iran", () => {
    const doc = run("Both Saudi Arabia and the United States have alleged Iranian involvement in the attack.");
    const acc = doc.accusations.find((a) => a.accused.includes("iran"));
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(["saudi", "usa"]).toContain(acc?.accuser);
  });

  it("reads a condemned act with a by-agent as the agent accusing the act's doer", () => {
    const doc = run(
      "Turkey launched an offensive into Syria. The operation was condemned by members of the European Union.",
    );
    const acc = doc.accusations.find((a) => a.accuser === "eu");
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(acc?.accused).toEqual(["turkey"]);
  });

  it("reads naming someone as terrorists as a damning label", () => {
    const doc = run("Ankara named both the PKK and YPG as terrorists.");
    const acc = doc.accusations.find((a) => a.accuser === "turkey");
    expect(acc, JSON.stringify(doc.accusations)).toBeDefined();
    expect(acc?.accused[0]).toBe("pkk");
  });

  it("reads a long clause of liars who link a wrong to the speaker's side as its denial", () => {
    const doc = run(
      "“Those who keep trying to link the recent deadly incidents in the whole region to Iran are lying,” Zarif said.",
    );
    expect(doc.denials.map((d) => d.denier)).toContain("zarif");
  });

  it("reads 'those who link X to Iran are lying' as the speaker's denial", () => {
    const doc = run("“Those who want to link the attack to Iran are lying,” Zarif said.");
    expect(
      doc.denials.map((d) => d.denier),
      JSON.stringify(doc.denials),
    ).toContain("zarif");
  });
});

it("does not read a condemned act with no act told before as an accusation", () => {
  const doc = run("The operation was condemned by members of the European Union.");
  expect(doc.accusations).toEqual([]);
});

it("does not read liars who blame someone else as the speaker's denial", () => {
  const doc = run("“Those who want to link the attack to China are lying,” Zarif said.");
  expect(doc.denials).toEqual([]);
});

it("reads a document as the subject of an accusing verb as its author's accusation", () => {
  const actors = [...ACTORS, { id: "house", names: ["The House", "the House"], kind: "organization" as const }];
  const doc = makeDoc(
    "The House impeached Putin on two articles. The first article charged Putin with abuse of power; the second accused him of obstruction.",
    actors,
  );
  findClaims(doc);
  findAccusations(doc);
  const house = doc.accusations.filter((a) => a.accuser === "house");
  expect(house.length, JSON.stringify(doc.accusations)).toBe(2);
  expect(house.every((a) => a.accused.join() === "putin")).toBe(true);
});
