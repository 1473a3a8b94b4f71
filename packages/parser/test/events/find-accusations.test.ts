import { describe, expect, it } from "vitest";
import { findAccusations } from "../../src/events/find-accusations.js";
import { makeDoc, WORLD } from "./make-doc.js";

type Row = [string, { accuser: string; accused: string[]; category?: string | null }[]];

const TABLE: Row[] = [
  [
    "Washington has repeatedly accused Moscow of election interference and cyber hacks.",
    [{ accuser: "usa", accused: ["russia"], category: "election interference" }],
  ],
  [
    "The report said Russia tried to interfere in the 2016 election.",
    [{ accuser: "usa", accused: ["russia"], category: "election interference" }],
  ],
  [
    "A statement by the Russian foreign ministry said relations were poor, blaming Washington for bringing them to a blind alley.",
    [{ accuser: "mfa", accused: ["usa"] }],
  ],
  [
    "Germany condemned Iran for its crackdown on protesters.",
    [{ accuser: "germany", accused: ["iran"], category: "human rights" }],
  ],
  ["The EU and the U.K. concluded that Russia was behind the poisoning.", [{ accuser: "uk", accused: ["russia"] }]],
  [
    "Iran was accused of hacking by the United States.",
    [{ accuser: "usa", accused: ["iran"], category: "cyberattack" }],
  ],
  [
    "Britain holds Russia responsible for the poisoning.",
    [{ accuser: "uk", accused: ["russia"], category: "assassination attempt" }],
  ],
  [
    "The Biden administration is reviewing measures in response to Moscow's alleged offer of bounties.",
    [{ accuser: "biden_admin", accused: ["russia"], category: "violence" }],
  ],
  [
    "The U.S. and the EU expelled Russian diplomats in response to what they describe as malign activity by Moscow.",
    [{ accuser: "usa", accused: ["russia"] }],
  ],
  ["The agency found no evidence that Moscow tampered with election infrastructure.", []],
  ["Putin has been in charge of Russia since 2000.", []],
  ["Washington did not accuse Moscow of anything.", []],
  ["Ukraine said Iran would pay compensation.", []],
  // the name owning a harm is its victim; the doer is the one who ordered it
  [
    "The U.S. and other agencies reportedly believe Putin ordered Navalny's poisoning.",
    [{ accuser: "usa", accused: ["putin"], category: "assassination attempt" }],
  ],
  // an agentless passive names only the victim: no doer is guessed
  ["Germany said Navalny was poisoned with a nerve agent.", []],
  ["Germany said Navalny was poisoned by Russia.", [{ accuser: "germany", accused: ["russia"] }]],
  // a wrong's words inside an organisation's name are no deed
  ["Germany said the Iranian human rights council met on Monday.", []],
];

const WITH_REPORT = [...WORLD, { id: "usa", names: ["The report", "the report"], kind: "organization" as const }];

describe("findAccusations", () => {
  it.each(TABLE)("%s", (sentence, expected) => {
    const doc = makeDoc(sentence, WITH_REPORT);
    findAccusations(doc);
    const got = doc.accusations.map((a) => ({ accuser: a.accuser, accused: a.accused, category: a.category }));
    expect(got).toEqual(expected.map((e) => ({ category: got[0]?.category, ...e })));
  });

  it("keeps the allegation and the evidence inside the text", () => {
    const text =
      "It was the first time Washington formally accused the Kremlin of trying to kill Mr. Navalny, a charge Moscow denies.";
    const doc = makeDoc(text, WORLD);
    findAccusations(doc);
    const a = doc.accusations[0];
    expect(a && text.slice(a.allegation?.start, a.allegation?.end)).toBe("trying to kill Mr. Navalny");
    expect(a && text.slice(a.evidence.start, a.evidence.end)).toContain("accused the Kremlin");
  });

  it("names every accused of a coordinated object", () => {
    const doc = makeDoc("Germany accused Russia and China of cyberattacks.", WORLD);
    findAccusations(doc);
    expect(doc.accusations[0]?.accused).toEqual(["russia", "china"]);
  });

  it("reads 'the crown prince' as the one person the story named with that title", () => {
    const people = [
      ...WORLD,
      { id: "mbs", names: ["Mohammad bin Salman"], kind: "person" as const },
      { id: "cia", names: ["The CIA", "CIA"], kind: "organization" as const },
    ];
    const doc = makeDoc(
      "Crown Prince Mohammad bin Salman spoke on Monday. The CIA said the crown prince ordered the killing of the journalist.",
      people,
    );
    findAccusations(doc);
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual([["cia", ["mbs"]]]);
  });

  it("reads no title back when two people of the story share it", () => {
    const people = [
      ...WORLD,
      { id: "a", names: ["Ann Abe"], kind: "person" as const },
      { id: "b", names: ["Bo Bay"], kind: "person" as const },
      { id: "cia", names: ["The CIA", "CIA"], kind: "organization" as const },
    ];
    const doc = makeDoc(
      "President Ann Abe met President Bo Bay. The CIA said the president ordered the killing of the journalist.",
      people,
    );
    findAccusations(doc);
    expect(doc.accusations).toEqual([]);
  });

  it("gives a coordinated reporting verb the subject that opens the sentence", () => {
    const doc = makeDoc(
      "Sweden and Poland met on Monday. They called on Russia to stop, and deemed that the deal on sending troops to Iran goes against the treaty.",
      WORLD,
    );
    findAccusations(doc);
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual([["sweden", ["iran"]]]);
  });

  it.each([
    // the one told is no doer
    ["Putin told Germany this might happen in cases of illegal fishing."],
    // a victim's verb between the name and the wrong
    ['Putin said, "Germany is facing terrorist attacks every week."'],
    // an aside's agent is not the wrong's
    ["Germany said Navalny was poisoned with a nerve agent, a toxin developed by the United States."],
    // a label that names no wrong, an adjective that alleges none
    ["Germany expelled diplomats from Russia in response to what they describe as election resources."],
    ["Germany hired the purported film expert Putin."],
  ])("finds no accusation in %s", (sentence) => {
    const doc = makeDoc(sentence, WORLD);
    findAccusations(doc);
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual([]);
  });

  it("takes the head of the subject, not a name inside its prepositional phrase", () => {
    const doc = makeDoc("The EU concluded that Russia's advice to Germany was unlawful.", WORLD);
    findAccusations(doc);
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual([["eu", ["russia"]]]);
  });

  it.each([
    ["Germany condemned the attack on Navalny.", []],
    ["Germany condemned the poisoning of the opposition leader Navalny.", []],
    ["Germany condemned Russia for the attack on Navalny.", [["germany", ["russia"]]]],
    ["Germany denounced the policies of Russia.", [["germany", ["russia"]]]],
  ])("takes no harm's victim for the accused in %s", (sentence, expected) => {
    const doc = makeDoc(sentence, WORLD);
    findAccusations(doc);
    expect(doc.accusations.map((a) => [a.accuser, a.accused])).toEqual(expected);
  });
});
