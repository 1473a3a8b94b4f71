import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

// Invented sentences: a reported statement accuses when it says the accused
// spread falsehoods, committed treason or colluded, as it does for lying; a
// bigotry word or a betrayal is no wrong of its own (too often a topic or a
// feeling in news).
const ACTORS = [
  ...WORLD,
  { id: "hale", names: ["Senator Mark Hale", "Hale"], kind: "person" as const, affiliation: "usa" },
  { id: "ross", names: ["Governor Ann Ross", "Ross"], kind: "person" as const, affiliation: "usa" },
  { id: "kurds", names: ["the Kurds", "Kurds"], kind: "group" as const },
];

function run(text: string) {
  const doc = makeDoc(text, ACTORS);
  findClaims(doc);
  return runEventStages(doc);
}

const pairs = (doc: ReturnType<typeof run>) => doc.accusations.map((a) => `${a.accuser}>${a.accused.join(",")}`);

describe("wrongs of falsehood, treason and collusion", () => {
  it.each([
    ["Senator Mark Hale said Governor Ann Ross spread false rumors about the virus.", "deception"],
    ["Senator Mark Hale said Governor Ann Ross spreads misinformation online.", "deception"],
    ["Senator Mark Hale said Governor Ann Ross committed treason.", null],
    ["Senator Mark Hale said Governor Ann Ross colluded with Russia.", null],
  ])("%s", (text, category) => {
    const doc = run(text);
    expect(pairs(doc)).toEqual(["hale>ross"]);
    expect(doc.accusations[0]?.category ?? null).toBe(category);
  });

  it("a topic of bigotry or a feeling of betrayal accuses no one", () => {
    expect(pairs(run("Senator Mark Hale said Governor Ann Ross spoke about sexism in sport."))).toEqual([]);
    expect(pairs(run("The Kurds said they felt betrayed by the United States."))).toEqual([]);
  });
});
