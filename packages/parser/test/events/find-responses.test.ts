import { describe, expect, it } from "vitest";
import { findResponses } from "../../src/events/find-responses.js";
import type { Modality, ResponseType } from "../../src/model.js";
import { makeDoc, WORLD } from "./make-doc.js";

type Row = [string, { type: ResponseType; actor: string; targets: string[]; modality?: Modality }[]];

const TABLE: Row[] = [
  [
    "Russia recalled its ambassador to the United States.",
    [{ type: "recall_ambassador", actor: "russia", targets: ["usa"] }],
  ],
  [
    "The Russian ambassador to the U.S. has been summoned to Moscow for consultations, a spokesman said.",
    [{ type: "recall_ambassador", actor: "russia", targets: ["usa"] }],
  ],
  [
    "Russia said it would expel diplomats from Sweden, Poland and Germany.",
    [{ type: "expel_diplomats", actor: "russia", targets: ["sweden", "poland", "germany"], modality: "announced" }],
  ],
  [
    "Germany expelled two Russian diplomats on Friday.",
    [{ type: "expel_diplomats", actor: "germany", targets: ["russia"] }],
  ],
  [
    "Moscow responded by closing the U.S. consulate general in St. Petersburg.",
    [{ type: "close_mission", actor: "russia", targets: ["usa"] }],
  ],
  [
    "Ukraine broke off diplomatic relations with Russia.",
    [{ type: "break_relations", actor: "ukraine", targets: ["russia"] }],
  ],
  [
    "Germany summoned the Iranian ambassador on Monday.",
    [{ type: "summon_envoy", actor: "germany", targets: ["iran"] }],
  ],
  [
    "The Biden administration imposed sanctions against Russia for trying to kill Mr. Navalny.",
    [{ type: "sanction", actor: "biden_admin", targets: ["russia"] }],
  ],
  ["The EU sanctioned Iran earlier in the month.", [{ type: "sanction", actor: "eu", targets: ["iran"] }]],
  ["Germany banned Iranian airline flights.", [{ type: "sanction", actor: "germany", targets: ["iran"] }]],
  ["The police arrested Navalny at the airport.", [{ type: "legal_action", actor: "police", targets: ["navalny"] }]],
  ["Iran shot down a Ukrainian passenger jet.", [{ type: "military_action", actor: "iran", targets: ["ukraine"] }]],
  ["Britain urged the United States to waive immunity.", [{ type: "demand", actor: "uk", targets: ["usa"] }]],
  [
    "China threatened to retaliate against the United States.",
    [{ type: "threaten", actor: "china", targets: ["usa"], modality: "threatened" }],
  ],
  ["Russia rejected the proposal from the EU.", [{ type: "reject", actor: "russia", targets: ["eu"] }]],
  [
    "Thousands of protesters protested against the Kremlin.",
    [{ type: "protest", actor: "protesters", targets: ["russia"] }],
  ],
  [
    "Germany opened an investigation into Russian hackers.",
    [{ type: "investigate", actor: "germany", targets: ["russia"] }],
  ],
  [
    "The Biden administration is reviewing further measures against Russia.",
    [{ type: "consider_measures", actor: "biden_admin", targets: ["russia"], modality: "considered" }],
  ],
  [
    "Iran admitted that it shot down a Ukrainian jet.",
    [
      { type: "admit", actor: "iran", targets: ["ukraine"] },
      { type: "military_action", actor: "iran", targets: ["ukraine"] },
    ],
  ],
  ["Germany signed an agreement with Poland.", [{ type: "cooperate", actor: "germany", targets: ["poland"] }]],
  [
    "Russia pressed Germany to pay, threatening to cut gas supplies.",
    [
      { type: "demand", actor: "russia", targets: ["germany"] },
      { type: "threaten", actor: "russia", targets: ["germany"], modality: "threatened" },
    ],
  ],
  // pressing or lobbying for someone to act asks it of them
  [
    "Poland lobbied for the United States to support Ukraine's membership.",
    [{ type: "demand", actor: "poland", targets: ["usa"] }],
  ],
  // a mutual act: the first-named is the actor, the other its partner
  ["Germany and Poland agreed on a shared border.", [{ type: "cooperate", actor: "germany", targets: ["poland"] }]],
  [
    "Sviatlana, a candidate in the Belarusian presidential election, held a rally in Minsk.",
    [{ type: "protest", actor: "sviatlana", targets: ["belarus"] }],
  ],
  [
    "Germany did not expel any Russian diplomats.",
    [{ type: "expel_diplomats", actor: "germany", targets: ["russia"], modality: "negated" }],
  ],
  ["Russia has been in charge of the talks.", []],
  ["Putin said Russia had heard the demands of the EU.", []],
  ["Germany condemned the double bombing in Iran.", []],
  ["Putin was admitted to the Russian Academy in 1981.", []],
  ["Germany said it was not an officially sanctioned race.", []],
  ["Putin expressed no regret over his initial confession.", []],
  ["Germany closed the final shuttle mission in 2011.", []],
  ["Germany is a province threatened by floods.", []],
  [
    "Mahan has been the subject of United States sanctions since 2011.",
    [{ type: "sanction", actor: "usa", targets: ["mahan"] }],
  ],
  [
    "The police said 71 protesters were arrested.",
    [{ type: "legal_action", actor: "police", targets: ["protesters"] }],
  ],
  // an object of its own that names no actor: no bystander from the sentence before
  [
    "Putin spoke on Monday. Police arrested 33 foreign individuals.",
    [{ type: "legal_action", actor: "police", targets: [] }],
  ],
  // an object of its own that names no actor: no state named in an earlier sentence stands in for it
  [
    "Sweden imposed tariffs on China. Navalny began an investigation of the crash.",
    [
      { type: "sanction", actor: "sweden", targets: ["china"] },
      { type: "investigate", actor: "navalny", targets: [] },
    ],
  ],
  [
    "Poland held talks with China on Monday. Putin warned the bankers about the risks.",
    // a threat aimed at no one named is no threat between the story's actors
    [{ type: "cooperate", actor: "poland", targets: ["china"] }],
  ],
  // a place after the object is where it happened, not whom it was aimed at
  [
    "Ukraine invited Russia and Iran to open a dialogue.",
    [{ type: "cooperate", actor: "ukraine", targets: ["russia", "iran"] }],
  ],
  ["Navalny sued the newspaper in Germany.", [{ type: "legal_action", actor: "navalny", targets: [] }]],
  ["Navalny sued in Germany for defamation.", [{ type: "legal_action", actor: "navalny", targets: [] }]],
  // "they" skips a sentence that opens with "they" and a name after a preposition
  [
    "Sweden and Poland gathered in Berlin. They said the deal between Russia and Iran was void. They called on Russia to halt the drilling.",
    [{ type: "demand", actor: "sweden", targets: ["russia"] }],
  ],
  // a possessor before a pronoun is not the subject: the pronoun's antecedent is
  [
    "The EU spoke first. About Iran's request, they would not consider requests of this kind.",
    [{ type: "reject", actor: "eu", targets: ["iran"], modality: "announced" }],
  ],
  ["Putin recommended the United States withdraw its troops.", [{ type: "demand", actor: "putin", targets: ["usa"] }]],
  // a nominal act with its doer as possessor and its victim after "of"
  [
    "The vote follows the United States' killing of Navalny in an airstrike.",
    [{ type: "military_action", actor: "usa", targets: ["navalny"] }],
  ],
  // the victim as possessor is no doer
  ["The EU condemned Navalny's killing.", []],
  // warning someone named is a threat; warning that something may happen is not
  [
    "Germany warned Russia that sanctions would follow.",
    [{ type: "threaten", actor: "germany", targets: ["russia"], modality: "threatened" }],
  ],
  ["Germany warned that the virus would spread.", []],
  // showing something is no demonstration
  ["The EU demonstrated a shocking ignorance of the technology.", []],
  // an arrest warrant is issued, not an arrest made
  ["Iran issued arrest warrants for Navalny.", [{ type: "legal_action", actor: "iran", targets: ["navalny"] }]],
  ["Germany did not say whether it received any arrest warrants from Iran.", []],
  // an arrest's target is named in its sentence or not at all: no state from before stands in
  [
    "Germany expelled Russian diplomats. Police arrested two men.",
    [
      { type: "expel_diplomats", actor: "germany", targets: ["russia"] },
      { type: "legal_action", actor: "police", targets: [] },
    ],
  ],
  // a storm's name, a medical arrest, a noun after "include" or "of": no act
  ["Tropical Storm Humberto reached Germany on Monday.", []],
  ["Putin suffered a cardiac arrest in Germany.", []],
  // (but bare "demands for X" in a story of protests are the protesters' demands of the story's government)
  [
    "The protests in Russia have expanded to include demands for Putin's resignation.",
    [{ type: "demand", actor: "protesters", targets: ["biden_admin"] }],
  ],
  ["The talks in Russia have expanded to include a demand for Putin's resignation.", []],
  ["The United States retreated from its goal of ousting Putin.", []],
  [
    "Germany began an offensive against Russia with airstrikes.",
    [{ type: "military_action", actor: "germany", targets: ["russia"] }],
  ],
  // a passive with any -ly adverb has no subject doer
  ["Putin said the lives of German officers were seriously threatened.", []],
  // a protest's place is not its target, nor is a state named before: the story's government is
  [
    "Sweden spoke first. Protesters were protesting in Germany.",
    [{ type: "protest", actor: "protesters", targets: ["biden_admin"] }],
  ],
  [
    "Protesters tried to storm parliament in Russia.",
    [{ type: "protest", actor: "protesters", targets: ["biden_admin"] }],
  ],
  // a possessed act opening the sentence is the possessor's: "their" stands for the protesters
  [
    "Protesters gathered in Moscow. Their demands have included dissolving the Kremlin.",
    [{ type: "demand", actor: "protesters", targets: ["biden_admin"] }],
  ],
  [
    "Protesters gathered in Moscow. Their demands on Russia grew.",
    [{ type: "demand", actor: "protesters", targets: ["russia"] }],
  ],
  // the place an act happened in is not guessed as its target
  ["Germany spoke first. Navalny sued in Germany and won.", [{ type: "legal_action", actor: "navalny", targets: [] }]],
];

describe("findResponses", () => {
  it.each(TABLE)("%s", (sentence, expected) => {
    const doc = makeDoc(sentence, [
      ...WORLD,
      { id: "sviatlana", names: ["Sviatlana"], kind: "person" },
      { id: "belarus", names: ["Belarus"] },
    ]);
    findResponses(doc);
    const got = doc.responses.map((r) => ({ type: r.type, actor: r.actor, targets: r.targets, modality: r.modality }));
    expect(got).toEqual(expected.map((e) => ({ modality: "done", ...e })));
  });

  it("drops what someone else might do, told as an example in a speaker's words", () => {
    const text = 'Germany wrote, "a single country (in this case Poland) could demand an apology from Russia."';
    const mine = 'Germany said, "we would not yet demand an apology from Russia."';
    const got = [text, mine].map((t) => {
      const doc = makeDoc(t, WORLD);
      const open = t.indexOf('"') + 1;
      const content = { start: open, end: t.lastIndexOf('"') };
      // the example's speaker may have gone unresolved: still someone's words
      doc.claims.push({
        id: "c",
        speaker: t === text ? null : "germany",
        source: null,
        cue: { start: 8, end: 13 },
        content,
        kind: "direct",
      });
      findResponses(doc);
      return doc.responses.map((r) => [r.type, r.modality]);
    });
    expect(got).toEqual([[], [["demand", "negated"]]]);
  });

  it("does not give the speaker an act told of someone else inside the quote", () => {
    const text = 'Germany said, "By admitting this, he is also distancing himself from the killing."';
    const doc = makeDoc(text, WORLD);
    const content = { start: text.indexOf('"') + 1, end: text.lastIndexOf('"') };
    doc.claims.push({ id: "c", speaker: "germany", source: null, cue: { start: 8, end: 12 }, content, kind: "direct" });
    findResponses(doc);
    expect(doc.responses.map((r) => [r.type, r.actor])).toEqual([]);
  });

  it("gives every response the CAMEO and PLOVER codes of its type", () => {
    const doc = makeDoc("Germany expelled two Russian diplomats. Psaki declined to comment on Russia.", WORLD);
    findResponses(doc);
    expect(doc.responses.map((r) => [r.type, r.cameo, r.plover])).toEqual([
      ["expel_diplomats", "161", "SANCTION"],
      ["decline_comment", "011", null],
    ]);
  });

  it("ties every response to words of the text", () => {
    const text = "Moscow responded by expelling U.S. and European diplomats.";
    const doc = makeDoc(text, WORLD);
    findResponses(doc);
    const r = doc.responses[0];
    expect(r?.targets).toContain("usa");
    expect(text.slice(r?.evidence.start, r?.evidence.end)).toContain("expelling U.S.");
  });
});
