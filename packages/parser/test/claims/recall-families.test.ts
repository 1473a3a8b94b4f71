import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

// Families of attributions that PolNeAR's train split showed the claim finder missing,
// each written here on invented sentences.
const ACTORS: ActorSpec[] = [
  { id: "okafor", kind: "person", names: ["Amara Okafor", "Okafor"] },
  { id: "lind", kind: "person", names: ["Petra Lind", "Lind"] },
  { id: "harbor_board", kind: "organization", names: ["Harbor Board"] },
];

type Expected = [speaker: string | null, cue: string, content: string];

// [family, article text, expected claims in text order]
const CASES: [string, string, Expected[]][] = [
  [
    "'made (it) clear that', 'pointing out that'",
    "Okafor made it clear that the ferry would keep running. Lind made clear on Monday that she would not resign. The Harbor Board replied, pointing out that the docks were full.",
    [
      ["okafor", "made it clear", "the ferry would keep running"],
      ["lind", "made clear", "she would not resign"],
      ["harbor_board", "pointing out", "the docks were full"],
    ],
  ],
  [
    "'reminded' takes a hearer before its clause",
    "Okafor reminded the council that the bridge was closed. Lind reminded voters she had paid the toll.",
    [
      ["okafor", "reminded", "the bridge was closed"],
      ["lind", "reminded", "she had paid the toll"],
    ],
  ],
  [
    "clarify, speculate, imply, underscore report a clause",
    "Lind later clarified that the fares would rise. Okafor speculated that the vote could be delayed. Lind implied the harbor master had lied. The Harbor Board underscored that repairs were overdue.",
    [
      ["lind", "clarified", "the fares would rise"],
      ["okafor", "speculated", "the vote could be delayed"],
      ["lind", "implied", "the harbor master had lied"],
      ["harbor_board", "underscored", "repairs were overdue"],
    ],
  ],
  [
    "discuss, echo, retweet report their object",
    "Okafor discussed the new ferry timetable. Lind echoed the mayor's call for calm. Okafor retweeted the photo of the flooded pier.",
    [
      ["okafor", "discussed", "the new ferry timetable"],
      ["lind", "echoed", "the mayor's call for calm"],
      ["okafor", "retweeted", "the photo of the flooded pier"],
    ],
  ],
  [
    "a cue in a clause that opens the sentence reports only up to its comma",
    "After Lind said the ferry would stop, Okafor closed the pier. When Okafor told reporters that fares would rise, the Harbor Board objected.",
    [
      ["lind", "said", "the ferry would stop"],
      ["okafor", "told", "fares would rise"],
    ],
  ],
  [
    "'as' opens no such clause: what follows its comma is reported",
    "As Lind noted, the pier stays open in winter, and the ferry runs daily.",
    [["lind", "noted", "the pier stays open in winter, and the ferry runs daily"]],
  ],
  [
    "'according to' keeps a content whose subject holds a claim of its own",
    'The Harbor Board, which praised the "bold" plan, spent $2 million on dredging, according to Lind. Fares rose for voters who oppose the "unfair" toll, according to Okafor.',
    [
      ["lind", "according to", 'The Harbor Board, which praised the "bold" plan, spent $2 million on dredging'],
      ["harbor_board", "praised", 'the "bold" plan'],
      ["okafor", "according to", 'Fares rose for voters who oppose the "unfair" toll'],
      [null, "oppose", 'the "unfair" toll'],
    ],
  ],
  [
    "'according to' around a content that is only another claim is dropped",
    "According to Lind, Okafor has said the pier will close.",
    [["okafor", "said", "the pier will close"]],
  ],
  [
    "a document's finding is the phrase after 'found' / 'show', past its commas",
    "A Harbor Board survey found Lind leading by four points, with many voters undecided. Recent polls show voters trust Okafor more than Lind.",
    [
      ["harbor_board", "found", "Lind leading by four points, with many voters undecided"],
      [null, "show", "voters trust Okafor more than Lind"],
    ],
  ],
  ["not a finding: a person's 'found' with an object and its complement", "Okafor found the town welcoming.", []],
  [
    "a naming verb with a pronoun object and a bare label",
    "Okafor called himself moderate. Lind calls it the ferry tax.",
    [
      ["okafor", "called", "himself moderate"],
      ["lind", "calls", "it the ferry tax"],
    ],
  ],
  [
    "no label after a pronoun: a time, a preposition, a particle, a possessive",
    "Okafor called him Monday. Lind called them from the pier. Okafor called it off. Lind called her sister.",
    [],
  ],
  [
    "'described' reports its object without a label too",
    "Lind described a ferry service in decline. Okafor described the pier as unsafe.",
    [
      ["lind", "described", "a ferry service in decline"],
      ["okafor", "described", "the pier as unsafe"],
    ],
  ],
  [
    "a quotation after a short phrase of where it was said, with no comma",
    'Okafor said on Twitter "The ferry will run again next week." Lind said in a statement "Nobody will lose a job over this."',
    [
      ["okafor", "said", "The ferry will run again next week."],
      ["lind", "said", "Nobody will lose a job over this."],
    ],
  ],
  [
    "a quoted title after the phrase is not speech",
    'Okafor spoke on "Harbor Hour" about fares. Lind said on "Harbor Hour" that she would stay.',
    [["lind", "said", "she would stay"]],
  ],
  [
    "'over' a count opens the reported clause; 'over' a time is an adverbial before 'that'",
    "Okafor said over a hundred people boarded the ferry. Lind said over the weekend that the pier would reopen.",
    [
      ["okafor", "said", "over a hundred people boarded the ferry"],
      ["lind", "said", "the pier would reopen"],
    ],
  ],
  [
    "'reports' before 'said' is the plural noun subject, not a cue of its own",
    "Local news reports said the pier was closed. Okafor reports the ferry is late.",
    [
      [null, "said", "the pier was closed"],
      ["okafor", "reports", "the ferry is late"],
    ],
  ],
  [
    "a quote with no comma before an inverted cue and a name",
    '"We will keep the ferry running all winter" tweeted Petra Lind of the Harbor Board on Monday. "The show Harbor Nights" told the story of a pier.',
    [["lind", "tweeted", "We will keep the ferry running all winter"]],
  ],
  [
    "an age in apposition between a name and 'who'",
    "The ferry was saved by Petra Lind, 24, who said she had only followed the rules.",
    [["lind", "said", "she had only followed the rules"]],
  ],
  [
    "an aside between 'that' and its clause opens the content",
    "Okafor said that, after the storm, a crowd of volunteers rebuilt the pier. Lind told reporters on Monday that, if the Harbor Board agrees, the fares will fall.",
    [
      ["okafor", "said", "after the storm, a crowd of volunteers rebuilt the pier"],
      ["lind", "told", "if the Harbor Board agrees, the fares will fall"],
    ],
  ],
  [
    "a quotation or a quoted name after 'that,'",
    'Okafor added that, "we will keep the ferry running." Lind boasted that, thanks to her "Harbor Plan," she had won.',
    [
      ["okafor", "added", "we will keep the ferry running."],
      ["lind", "boasted", 'thanks to her "Harbor Plan," she had won'],
    ],
  ],
  [
    "'that' before an auxiliary is the clause's subject after a verb, a relative pronoun after a plural noun",
    "Okafor said that was a mistake. Lind believes that is unfair. The reports that were leaked show losses. Many states that have ferries are coastal. Coastal states that have ports voted. Rust Belt states that have mills voted.",
    [
      ["okafor", "said", "that was a mistake"],
      ["lind", "believes", "that is unfair"],
    ],
  ],
  [
    "a bare clause with a noun subject after a prepositional phrase",
    "The Harbor Board said in a statement the ferry would run all winter. Lind wrote on her blog the pier was unsafe. Okafor said in May the fares might rise.",
    [
      ["harbor_board", "said", "the ferry would run all winter"],
      ["lind", "wrote", "the pier was unsafe"],
      ["okafor", "said", "the fares might rise"],
    ],
  ],
  [
    "retorts after a quotation: 'shot back', 'retaliated', 'barked', 'urged'",
    '"The ferry will run," an angry Lind retaliated. "Not this winter," Okafor shot back. "Sit down," Lind barked. "Vote today," Okafor urged.',
    [
      ["lind", "retaliated", "The ferry will run"],
      ["okafor", "shot back", "Not this winter"],
      ["lind", "barked", "Sit down"],
      ["okafor", "urged", "Vote today"],
    ],
  ],
  ["not claims: a retort verb with no quotation", "Okafor shot back at the critics. Lind urged the board to vote.", []],
  [
    "not claims: a relative clause on the phrase's noun",
    "Okafor said in the statement the board had issued. Lind wrote in the report the council had ordered.",
    [],
  ],
  [
    "not claims: 'clear' and 'echo' as adjective and noun",
    "The water was clear. The echo of the horn filled the bay.",
    [],
  ],
];

describe("claim recall families", () => {
  it.each(CASES)("%s", (_name, text, expected) => {
    const doc = handBuiltDoc(text, ACTORS);
    findClaims(doc);
    const got = saidClaims(doc).map((c) => [
      c.speaker,
      text.slice(c.cue.start, c.cue.end),
      text.slice(c.content.start, c.content.end),
    ]);
    expect(got).toEqual(expected);
  });
});
