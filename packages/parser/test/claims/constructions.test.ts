import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/claims/find-claims.js";
import { saidClaims } from "../../src/doc.js";
import type { ClaimKind } from "../../src/model.js";
import { type ActorSpec, handBuiltDoc } from "./hand-built-doc.js";

const ACTORS: ActorSpec[] = [
  { id: "antonov", kind: "person", names: ["Anatoly Antonov", "Mr. Antonov", "Antonov"] },
  { id: "psaki", kind: "person", names: ["Jen Psaki", "Ms. Psaki", "Psaki"] },
  { id: "white_house", kind: "organization", names: ["White House"] },
  { id: "russia", kind: "country", names: ["Russia", "Moscow", "the Kremlin"] },
  { id: "usa", kind: "country", names: ["U.S.", "Washington"] },
  { id: "mfa", kind: "organization", names: ["Russian foreign ministry"] },
  { id: "odni", kind: "organization", names: ["Office of the Director of National Intelligence"] },
  { id: "eu", kind: "organization", names: ["EU"] },
  { id: "uk", kind: "country", names: ["U.K."] },
  { id: "pompeo", kind: "person", names: ["Mike Pompeo", "Pompeo"] },
  { id: "charles", kind: "person", names: ["Charlotte Charles", "Charles"] },
  { id: "dunn", kind: "person", names: ["Harry Dunn", "Dunn"] },
  { id: "daily_mail", kind: "media", names: ["Daily Mail"] },
  { id: "china", kind: "country", names: ["China"] },
  { id: "north_korea", kind: "country", names: ["Pyongyang"] },
];

interface Expected {
  speaker: string | null;
  cue: string;
  content: string;
  kind: ClaimKind;
  source?: string | null;
}

// [construction, article text, expected claims in text order]
const CASES: [string, string, Expected[]][] = [
  [
    "direct quote, cue after, described speaker",
    "Mr. Antonov was appointed in 2017.\n\n“All we want is predictability,” the senior diplomat told the “Solovyov Live” channel.",
    [
      {
        speaker: "antonov",
        cue: "told",
        content: "All we want is predictability",
        kind: "direct",
        source: "the senior diplomat",
      },
    ],
  ],
  [
    "direct quote, pronoun speaker",
    'Mr. Antonov spoke on Monday. "Pressure on us will be continued," he added.',
    [{ speaker: "antonov", cue: "added", content: "Pressure on us will be continued", kind: "direct", source: "he" }],
  ],
  [
    "direct quote, inverted cue",
    '"We will not back down from this fight," said Jen Psaki, the press secretary.',
    [{ speaker: "psaki", cue: "said", content: "We will not back down from this fight", kind: "direct" }],
  ],
  [
    "direct quote, cue before with a hearer and a comma",
    "Charlotte Charles told the Daily Mail, “All we need to do is ask her to come back. It’s not much to ask.”",
    [
      {
        speaker: "charles",
        cue: "told",
        content: "All we need to do is ask her to come back. It’s not much to ask.",
        kind: "direct",
      },
    ],
  ],
  [
    "direct quote split by its cue is one claim",
    'Antonov spoke. "We want predictability," he said. "We want confidence in the future."',
    [
      {
        speaker: "antonov",
        cue: "said",
        content: 'We want predictability," he said. "We want confidence in the future.',
        kind: "direct",
      },
    ],
  ],
  [
    "split quote whose attribution ends inside an abbreviation",
    "“Sanctions failed,” Pompeo told reporters in Reno, Nev. “We need a new plan.”",
    [
      {
        speaker: "pompeo",
        cue: "told",
        content: "Sanctions failed,” Pompeo told reporters in Reno, Nev. “We need a new plan.",
        kind: "direct",
      },
    ],
  ],
  [
    "split quote whose attribution ends inside a quoted programme title",
    "“Sanctions failed,” Pompeo said on “Morning Hour.” “We need a new plan.”",
    [
      {
        speaker: "pompeo",
        cue: "said",
        content: "Sanctions failed,” Pompeo said on “Morning Hour.” “We need a new plan.",
        kind: "direct",
      },
    ],
  ],
  [
    "split quote with a relative clause about the speaker in between",
    "“The bridge is safe,” said Charles, who wrote about the crash on her blog. “It was checked twice.”",
    [
      {
        speaker: "charles",
        cue: "said",
        content: "The bridge is safe,” said Charles, who wrote about the crash on her blog. “It was checked twice.",
        kind: "direct",
      },
    ],
  ],
  [
    "split quote with a long aside between the pieces",
    "“The bridge is safe,” said Charles, a nurse who has lived beside the old crossing with her two brothers and their many children since the mill by the river closed down in the winter of 1998. “It was checked twice.”",
    [
      {
        speaker: "charles",
        cue: "said",
        content:
          "The bridge is safe,” said Charles, a nurse who has lived beside the old crossing with her two brothers and their many children since the mill by the river closed down in the winter of 1998. “It was checked twice.",
        kind: "direct",
      },
    ],
  ],
  [
    "a name ending in a stop before a quote does not make the quote a standalone claim",
    "The envoy met Mike Pompeo in the U.S. “Talks will go on” was the only line released.",
    [],
  ],
  [
    "an appositive glossing the name the reported clause ends on is not part of the claim",
    "Pompeo said the plan was drafted by Charles, the former envoy who led the talks.",
    [{ speaker: "pompeo", cue: "said", content: "the plan was drafted by Charles", kind: "indirect" }],
  ],
  [
    "an apposition inside the reported clause stays",
    "Pompeo said Charles, the former envoy, would lead the talks.",
    [{ speaker: "pompeo", cue: "said", content: "Charles, the former envoy, would lead the talks", kind: "indirect" }],
  ],
  [
    "split quote whose second piece is joined on by 'but'",
    "“Sanctions failed,” Pompeo said, but “the talks will go on.”",
    [
      {
        speaker: "pompeo",
        cue: "said",
        content: "Sanctions failed,” Pompeo said, but “the talks will go on.",
        kind: "direct",
      },
    ],
  ],
  [
    "a quote after 'but' with no split quote before it is no claim of its own",
    "The talks stalled in March. But “the talks will go on” is printed on every banner.",
    [],
  ],
  [
    "the writer's lead-in before a quote with its cue after it is part of a partial claim",
    "With the border closed, “trade will collapse,” Pompeo said.",
    [{ speaker: "pompeo", cue: "said", content: "With the border closed, “trade will collapse", kind: "partial" }],
  ],
  [
    "a lead-in holding a cue of its own is left out",
    "As Charles said, “trade will collapse,” Pompeo said.",
    [{ speaker: "pompeo", cue: "said", content: "trade will collapse", kind: "direct" }],
  ],
  [
    "two cues, two claims",
    '"We want predictability," Antonov said. "Pressure will continue," he added.',
    [
      { speaker: "antonov", cue: "said", content: "We want predictability", kind: "direct" },
      { speaker: "antonov", cue: "added", content: "Pressure will continue", kind: "direct" },
    ],
  ],
  [
    "quote over several paragraphs",
    'Antonov said: "The first part of what I say is here.\n\n"And the second part of it is here."\n\nThe end.',
    [
      {
        speaker: "antonov",
        cue: "said",
        content: 'The first part of what I say is here.\n\n"And the second part of it is here.',
        kind: "direct",
      },
    ],
  ],
  [
    "a quote standing alone right after a reported claim goes on with it",
    'Psaki said there were still areas of agreement with Russia.\n\n"We will keep talking to them every single week."',
    [
      {
        speaker: "psaki",
        cue: "said",
        content: 'there were still areas of agreement with Russia.\n\n"We will keep talking to them every single week.',
        kind: "partial",
      },
    ],
  ],
  [
    "a sentence of narrative between a claim and a lone quote keeps them apart",
    'Psaki said there were still areas of agreement with Russia. Psaki then left for Geneva.\n\n"We will keep talking to them every single week."',
    [
      { speaker: "psaki", cue: "said", content: "there were still areas of agreement with Russia", kind: "indirect" },
      { speaker: "psaki", cue: '"', content: "We will keep talking to them every single week.", kind: "direct" },
    ],
  ],
  [
    "indirect: X said that ...",
    "Psaki said that the U.S. would relay its concerns to Russia.",
    [{ speaker: "psaki", cue: "said", content: "the U.S. would relay its concerns to Russia", kind: "indirect" }],
  ],
  [
    "indirect without that, auxiliaries between",
    "Moscow has repeatedly said it would expel diplomats from Sweden.",
    [{ speaker: "russia", cue: "said", content: "it would expel diplomats from Sweden", kind: "indirect" }],
  ],
  [
    "indirect: trailing cue with a description",
    "The ambassador has been summoned to Moscow for consultations, a Russian foreign ministry spokesman said, as the Kremlin weighs its steps.",
    [
      {
        speaker: "mfa",
        cue: "said",
        content: "The ambassador has been summoned to Moscow for consultations",
        kind: "indirect",
        source: "a Russian foreign ministry spokesman",
      },
    ],
  ],
  [
    "indirect: according to, sentence-initial",
    "According to Mike Pompeo, the airline transports weapons across the region.",
    [
      {
        speaker: "pompeo",
        cue: "According to",
        content: "the airline transports weapons across the region",
        kind: "indirect",
      },
    ],
  ],
  [
    "indirect: according to, trailing",
    "The airline transports weapons across the region, according to a tweet by Pompeo.",
    [
      {
        speaker: "pompeo",
        cue: "according to",
        content: "The airline transports weapons across the region",
        kind: "indirect",
      },
    ],
  ],
  [
    "indirect: told a hearer",
    "Antonov told reporters that pressure on Russia will continue.",
    [{ speaker: "antonov", cue: "told", content: "pressure on Russia will continue", kind: "indirect" }],
  ],
  [
    "indirect: a document speaks for its author",
    "The intelligence report was published by the Office of the Director of National Intelligence. It said Moscow ran influence operations. China, which the report said stayed out, was not named.",
    [
      { speaker: "odni", cue: "said", content: "Moscow ran influence operations", kind: "indirect" },
      { speaker: "odni", cue: "said", content: "stayed out", kind: "indirect" },
    ],
  ],
  [
    "indirect: statement by a body",
    "A statement by the Russian foreign ministry said the most important thing was to rectify the relationship.",
    [
      {
        speaker: "mfa",
        cue: "said",
        content: "the most important thing was to rectify the relationship",
        kind: "indirect",
      },
    ],
  ],
  [
    "indirect: found with an evidence object",
    "The agency at the Office of the Director of National Intelligence worked for months. The agency found no evidence that Moscow tampered with ballots.",
    [{ speaker: "odni", cue: "found", content: "no evidence that Moscow tampered with ballots", kind: "indirect" }],
  ],
  [
    "indirect: coordinated subject takes its first member",
    "The EU and U.K. had already concluded last year that Russian security was behind the poisoning.",
    [{ speaker: "eu", cue: "concluded", content: "Russian security was behind the poisoning", kind: "indirect" }],
  ],
  [
    "indirect: second verb of a coordinated predicate",
    "White House press secretary Jen Psaki declined to comment on the decision but said the U.S. would be direct with Russia.",
    [{ speaker: "psaki", cue: "said", content: "the U.S. would be direct with Russia", kind: "indirect" }],
  ],
  [
    "indirect: appositive subject",
    "China, Pyongyang's only ally, said it was opposed to the test.",
    [{ speaker: "china", cue: "said", content: "it was opposed to the test", kind: "indirect" }],
  ],
  [
    "indirect: apposition names the speaker",
    "Dunn's mother, Charlotte Charles, said she wants answers from the embassy.",
    [{ speaker: "charles", cue: "said", content: "she wants answers from the embassy", kind: "indirect" }],
  ],
  [
    "partial quote",
    "Psaki said the U.S. would be “straightforward” and “direct” when relaying concerns to Russia.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "the U.S. would be “straightforward” and “direct” when relaying concerns to Russia",
        kind: "partial",
      },
    ],
  ],
  [
    "participle cue takes the main clause's subject",
    "Russia expelled three diplomats on Friday, saying they had attended unlawful rallies.",
    [{ speaker: "russia", cue: "saying", content: "they had attended unlawful rallies", kind: "indirect" }],
  ],
  [
    "content stops before a second reporting verb",
    "China said it was opposed to the test and warned Pyongyang against further steps.",
    [
      { speaker: "china", cue: "said", content: "it was opposed to the test", kind: "indirect" },
      { speaker: "china", cue: "warned", content: "Pyongyang against further steps", kind: "indirect" },
    ],
  ],
  [
    "parenthetical cue inside its content",
    "The museum, Mr. Antonov said, celebrated several of his heroes.",
    [
      {
        speaker: "antonov",
        cue: "said",
        content: "The museum, Mr. Antonov said, celebrated several of his heroes",
        kind: "indirect",
      },
    ],
  ],
  [
    "inverted cue after a comma, speaker with apposition",
    "The talks will resume next week, said Jen Psaki, the White House press secretary.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "The talks will resume next week",
        kind: "indirect",
        source: "Jen Psaki",
      },
    ],
  ],
  [
    "quote attributed by a dash",
    "“We expect a full and open investigation of the crash.” ― Mike Pompeo\n\nThe end.",
    [{ speaker: "pompeo", cue: "―", content: "We expect a full and open investigation of the crash.", kind: "direct" }],
  ],
  [
    "transcript line",
    "PSAKI: We will keep talking to Moscow about the embassy.\n\nThe end.",
    [{ speaker: "psaki", cue: ":", content: "We will keep talking to Moscow about the embassy.", kind: "direct" }],
  ],
  ["a promise's infinitive is an act undertaken, not a claim", "Psaki vowed to raise the matter with Russia.", []],
  [
    "a quote after 'said ... that' is partial reported speech",
    "Psaki said Friday that if talks fail, “we will respond in kind.”",
    [{ speaker: "psaki", cue: "said", content: "if talks fail, “we will respond in kind.”", kind: "partial" }],
  ],
  [
    "a claim that only wraps another is dropped",
    "According to reports, Mr. Antonov has said the embassy will stay open.",
    [{ speaker: "antonov", cue: "said", content: "the embassy will stay open", kind: "indirect" }],
  ],
  [
    "headline in title case",
    "Report Says Russia Recalls Its Ambassador\n\nThe end of the story.",
    [{ speaker: null, cue: "Says", content: "Russia Recalls Its Ambassador", kind: "indirect" }],
  ],
  [
    "a quote's second piece on the next line continues it",
    '"We want predictability," said Antonov.\n"We want confidence in the future of the talks."',
    [
      {
        speaker: "antonov",
        cue: "said",
        content: 'We want predictability," said Antonov.\n"We want confidence in the future of the talks.',
        kind: "direct",
      },
    ],
  ],
  [
    "an inverted speaker with initials",
    "“This is a sad day for the region,” said Rep. G.K. Antonov (D-N.C.), head of the caucus.",
    [{ speaker: "antonov", cue: "said", content: "This is a sad day for the region", kind: "direct" }],
  ],
  [
    "time phrase between the cue and its clause",
    "Antonov told reporters this weekend he would return to Moscow.",
    [{ speaker: "antonov", cue: "told", content: "he would return to Moscow", kind: "indirect" }],
  ],
  [
    "relative 'that' after an adverbial is not a complementizer",
    "Russia agreed on a line that would make the sea Russian.",
    [],
  ],
  [
    "a quoted label after a naming verb",
    'Psaki called the agreement "null and void" and "geographically ridiculous" on Monday.',
    [
      {
        speaker: "psaki",
        cue: "called",
        content: 'the agreement "null and void" and "geographically ridiculous"',
        kind: "partial",
      },
    ],
  ],
  [
    "a naming verb without a quote reports nothing; 'called for' asks for an act, which is no claim",
    "Psaki called the meeting to order and called for calm.",
    [],
  ],
  [
    "a name coordinated with 'other' descriptions",
    "The EU and other European bodies reportedly believe Moscow ordered the attack.",
    [{ speaker: "eu", cue: "believe", content: "Moscow ordered the attack", kind: "indirect" }],
  ],
  [
    "a name inside a prepositional phrase is not the speaker",
    "Antonov speaking to the Daily Mail on Monday said the embassy would stay open.",
    [{ speaker: "antonov", cue: "said", content: "the embassy would stay open", kind: "indirect" }],
  ],
  [
    "a gerund of manner after 'by' introduces a quote",
    'Psaki underlined the call by saying "we are ready to talk."',
    [{ speaker: "psaki", cue: "saying", content: "we are ready to talk.", kind: "direct" }],
  ],
  [
    "a participle after a quote introduces the next quote, not the one before",
    'Psaki said, "We will talk to them", also observing, "[t]here is no deal here".',
    [
      { speaker: "psaki", cue: "said", content: "We will talk to them", kind: "direct" },
      { speaker: "psaki", cue: "observing", content: "[t]here is no deal here", kind: "direct" },
    ],
  ],
  [
    "a subjectless participle after a quote starts its own report",
    'Psaki said, "We will talk to them", adding that the deal is off.',
    [
      { speaker: "psaki", cue: "said", content: "We will talk to them", kind: "direct" },
      { speaker: "psaki", cue: "adding", content: "the deal is off", kind: "indirect" },
    ],
  ],
  [
    "'according to' with two coordinated names",
    "According to Psaki and Antonov, the talks will go on.",
    [{ speaker: "psaki", cue: "According to", content: "the talks will go on", kind: "indirect" }],
  ],
  [
    "an adverbial aside with commas between the cue and 'that'",
    "Psaki said Thursday during a taping of a town hall in Buffalo, New York, that the talks would go on.",
    [{ speaker: "psaki", cue: "said", content: "the talks would go on", kind: "indirect" }],
  ],
  [
    "a long opening 'according to' source",
    "According to early results of exit polls conducted for the EU and television networks, Psaki led in both states.",
    [{ speaker: "eu", cue: "According to", content: "Psaki led in both states", kind: "indirect" }],
  ],
  [
    "a comma inside a quoted fragment does not end the content",
    "Psaki said Americans need no more “emotional, condescending lectures” from Moscow.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "Americans need no more “emotional, condescending lectures” from Moscow",
        kind: "partial",
      },
    ],
  ],
  [
    "a headline 'Source: what they said'",
    "Psaki: No deal on the table with Moscow.\n\nWASHINGTON — The talks went on.",
    [{ speaker: "psaki", cue: ":", content: "No deal on the table with Moscow", kind: "indirect" }],
  ],
  ["a colon in a later paragraph or before a lower-case line is no headline", "Note: this is a test of it.", []],
  [
    "a kicker before a headline's colon ('Breaking:', 'The Latest:') names no speaker",
    "Breaking: Psaki Just Made A Stunning Announcement About Moscow\n\nWASHINGTON — The talks went on.",
    [],
  ],
  [
    "'The Latest:' is a kicker too",
    "The Latest: Psaki heads to Moscow for more talks\n\nWASHINGTON — The talks went on.",
    [],
  ],
  [
    "a bare cue form right before a finite cue is its subject noun ('the annual report said')",
    "“The ferry is late,” the annual report said. Psaki said states like Ohio will vote first.",
    [
      { speaker: null, cue: "said", content: "The ferry is late", kind: "direct" },
      { speaker: "psaki", cue: "said", content: "states like Ohio will vote first", kind: "indirect" },
    ],
  ],
  [
    "'state' and 'states' after a modifier are the noun ('his home state', 'Western states')",
    "Psaki lost badly in his home state Antonov clinched. The race moves to Western states Antonov is counting on.",
    [],
  ],
  [
    "'states' after a pronoun, a document noun or a name still reports",
    "They state the ferry is late. The website states the pier is closed. The Daily Mail states the talks are over.",
    [
      { speaker: null, cue: "state", content: "the ferry is late", kind: "indirect" },
      { speaker: null, cue: "states", content: "the pier is closed", kind: "indirect" },
      { speaker: "daily_mail", cue: "states", content: "the talks are over", kind: "indirect" },
    ],
  ],
  [
    "a form in -s after a participle or a hyphened modifier is a plural noun",
    "Psaki said his late-night tweets targeting Moscow were a joke. Antonov's renewed claims surprised the EU.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "his late-night tweets targeting Moscow were a joke",
        kind: "indirect",
      },
    ],
  ],
  [
    "a poll before a headline's colon still reports the line",
    "Poll: Psaki leads the race in Moscow\n\nWASHINGTON — The talks went on.",
    [{ speaker: null, cue: ":", content: "Psaki leads the race in Moscow", kind: "indirect" }],
  ],
  [
    "a finite 'shows' takes a bare clause; the noun 'show' reports nothing",
    "A new EU poll shows Psaki is leading the race. The show aired on Monday.",
    [{ speaker: "eu", cue: "shows", content: "Psaki is leading the race", kind: "indirect" }],
  ],
  [
    "a hearer named with 'of' and a place, then a time phrase",
    "Psaki told The Star-Ledger of Newark last week she would rather vote for the EU.",
    [{ speaker: "psaki", cue: "told", content: "she would rather vote for the EU", kind: "indirect" }],
  ],
  [
    "'deemed that' after a coordinated verb keeps the clause's subject, not a name after 'on'",
    "The EU called on Russia to halt, and deemed that the agreement goes against the resolution.",
    [{ speaker: "eu", cue: "deemed", content: "the agreement goes against the resolution", kind: "indirect" }],
  ],
  [
    "a participle's subject is the person, not the body after 'of'",
    "Jen Psaki of the White House spoke on Monday, adding that the talks were over.",
    [{ speaker: "psaki", cue: "adding", content: "the talks were over", kind: "indirect" }],
  ],
  [
    "finite 'reported' and 'suggested' take a bare clause",
    "The Daily Mail reported Psaki had left Moscow. Antonov suggested the talks were over.",
    [
      { speaker: "daily_mail", cue: "reported", content: "Psaki had left Moscow", kind: "indirect" },
      { speaker: "antonov", cue: "suggested", content: "the talks were over", kind: "indirect" },
    ],
  ],
  [
    "a quote split by a finite cue with its subject stays one claim",
    "“Everything that you have said,” Psaki exclaimed, “has totally overlapped.”",
    [
      {
        speaker: "psaki",
        cue: "exclaimed",
        content: "Everything that you have said,” Psaki exclaimed, “has totally overlapped.",
        kind: "direct",
      },
    ],
  ],
  [
    "a quote closed by a full stop, then a bare 'Name said.'",
    "“Russia, if you are listening, I hope you find the emails.” Psaki said.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "Russia, if you are listening, I hope you find the emails.",
        kind: "direct",
      },
    ],
  ],
  [
    "a split quote goes on past a blank line after its cue",
    "“The harbor stays open,” Antonov told the Daily Mail in a long interview.\n\n“Nobody will close it. Not this winter.”",
    [
      {
        speaker: "antonov",
        cue: "told",
        content:
          "The harbor stays open,” Antonov told the Daily Mail in a long interview.\n\n“Nobody will close it. Not this winter.",
        kind: "direct",
      },
    ],
  ],
  [
    "a noun or a label between the pieces of a split quote does not part them",
    "“We keep the border shut,” Psaki said, when three states voted on it. “And a plan called Shield stays.”",
    [
      {
        speaker: "psaki",
        cue: "said",
        content:
          "We keep the border shut,” Psaki said, when three states voted on it. “And a plan called Shield stays.",
        kind: "direct",
      },
    ],
  ],
  [
    "a quotation opened inside reported speech is reported whole",
    "Antonov said that the talks “went badly. Nobody listened to us.” The meeting ended.",
    [
      {
        speaker: "antonov",
        cue: "said",
        content: "the talks “went badly. Nobody listened to us.”",
        kind: "partial",
      },
    ],
  ],
  [
    "reported speech stops before ', while' and ', where'",
    "Psaki said the ferry would run daily, while the bridge stays closed. Antonov said the port would reopen, where the old mill stood.",
    [
      { speaker: "psaki", cue: "said", content: "the ferry would run daily", kind: "indirect" },
      { speaker: "antonov", cue: "said", content: "the port would reopen", kind: "indirect" },
    ],
  ],
  [
    "a progressive statement verb reports its clause",
    "Psaki is stressing that the ferry will run all winter.",
    [{ speaker: "psaki", cue: "stressing", content: "the ferry will run all winter", kind: "indirect" }],
  ],
  [
    "a pronoun with a contracted auxiliary is no possessive before its cue",
    "Antonov spoke in Geneva. He's claiming that the harbor was never closed.",
    [{ speaker: "antonov", cue: "claiming", content: "the harbor was never closed", kind: "indirect" }],
  ],
  [
    "a verb of boasting reports its clause",
    "Antonov boasted that the harbor had never been busier.",
    [{ speaker: "antonov", cue: "boasted", content: "the harbor had never been busier", kind: "indirect" }],
  ],
  [
    "'went on' attributes the quote before it",
    "“We will not wait for them,” Psaki went on.",
    [{ speaker: "psaki", cue: "went on", content: "We will not wait for them", kind: "direct" }],
  ],
  [
    "touting and pointing to report their object",
    "Psaki touted the new ferry schedule. Antonov pointed to the empty docks and idle cranes.",
    [
      { speaker: "psaki", cue: "touted", content: "the new ferry schedule", kind: "indirect" },
      { speaker: "antonov", cue: "pointed to", content: "the empty docks and idle cranes", kind: "indirect" },
    ],
  ],
  [
    "chanting, answering and confessing attribute a quotation",
    "“Open the port!” the dockers chanted outside. “Not this year,” Antonov answered. “We were wrong,” Psaki confessed.",
    [
      { speaker: null, cue: "chanted", content: "Open the port!", kind: "direct" },
      { speaker: "antonov", cue: "answered", content: "Not this year", kind: "direct" },
      { speaker: "psaki", cue: "confessed", content: "We were wrong", kind: "direct" },
    ],
  ],
  [
    "a quantity with its verb after the cue is a clause, alone it is not",
    "Antonov said nothing was decided. Psaki said nothing.",
    [{ speaker: "antonov", cue: "said", content: "nothing was decided", kind: "indirect" }],
  ],
  [
    "a gerund cue after a preposition still reports",
    "Psaki was criticized for saying that the ferry was safe.",
    [{ speaker: "psaki", cue: "saying", content: "the ferry was safe", kind: "indirect" }],
  ],
  [
    "a short prepositional phrase between the cue and a pronoun's clause",
    "Antonov said after the meeting he would not sign the deal.",
    [{ speaker: "antonov", cue: "said", content: "he would not sign the deal", kind: "indirect" }],
  ],
  [
    // a bare topic ("asked about the ferry fares") is no claim: topic-object.test.ts
    "'asked about' reports what was asked about",
    "At the briefing Antonov asked about the ferry fares charged to pensioners.",
    [{ speaker: "antonov", cue: "asked about", content: "the ferry fares charged to pensioners", kind: "indirect" }],
  ],
  [
    "a cue and a colon closing a paragraph introduce the next paragraph, set off without quotation marks",
    "Antonov added:\n\nThe harbor stays open all winter and the ferries keep running.\n\nThe talks ended.",
    [
      {
        speaker: "antonov",
        cue: "added",
        content: "The harbor stays open all winter and the ferries keep running",
        kind: "indirect",
      },
    ],
  ],
  ["'showed up' is arriving, not showing", "Antonov showed up at the harbor on Monday.", []],
  [
    "'described X as Y' reports the label without quotation marks",
    "Psaki described the talks as useful but slow.",
    [{ speaker: "psaki", cue: "described", content: "the talks as useful", kind: "indirect" }],
  ],
  [
    "a belief inside the same speaker's statement restates it",
    "Mr. Antonov said he believes the harbor will stay open.",
    [{ speaker: "antonov", cue: "said", content: "he believes the harbor will stay open", kind: "indirect" }],
  ],
  [
    "a belief reported of another speaker is a claim of its own",
    "Mr. Antonov said Psaki believes the harbor will stay open.",
    [
      { speaker: "antonov", cue: "said", content: "Psaki believes the harbor will stay open", kind: "indirect" },
      { speaker: "psaki", cue: "believes", content: "the harbor will stay open", kind: "indirect" },
    ],
  ],
  [
    "a statement reported inside the same speaker's statement is kept",
    "Mr. Antonov said he had told Psaki that the harbor will stay open.",
    [
      {
        speaker: "antonov",
        cue: "said",
        content: "he had told Psaki that the harbor will stay open",
        kind: "indirect",
      },
      { speaker: "antonov", cue: "told", content: "the harbor will stay open", kind: "indirect" },
    ],
  ],
  [
    "a relative clause about a quoted label is part of the label",
    'Psaki called Antonov a "stubborn envoy" who "never listens to anyone."',
    [
      {
        speaker: "psaki",
        cue: "called",
        content: 'Antonov a "stubborn envoy" who "never listens to anyone."',
        kind: "partial",
      },
    ],
  ],
  [
    "a speech verb with no clause reports its object phrase",
    "Psaki explained the new visa rules. Antonov stressed his first winter in Washington, when the harbor froze.",
    [
      { speaker: "psaki", cue: "explained", content: "the new visa rules", kind: "indirect" },
      { speaker: "antonov", cue: "stressed", content: "his first winter in Washington", kind: "indirect" },
    ],
  ],
  [
    "an action verb with an object reports nothing: confirming a nomination, recalling an envoy",
    "The White House confirmed the nomination on Friday. Russia recalled its ambassador.",
    [],
  ],
  [
    "counted plurals are nouns, not cues",
    "Antonov visited 18 states that vote early. Growth rose by 0.1 percentage points to 4.2 percent.",
    [],
  ],
  [
    "an opening 'In' and a poll or report attributes the clause to the document",
    "In a new White House/Gallup poll released Monday, most voters backed the harbor plan.\n\nIn a statement, Psaki said the harbor would stay open.",
    [
      {
        speaker: "white_house",
        cue: "In",
        content: "most voters backed the harbor plan",
        kind: "indirect",
        source: "a new White House/Gallup poll released Monday",
      },
      { speaker: "psaki", cue: "said", content: "the harbor would stay open", kind: "indirect" },
    ],
  ],
  ["an opening 'In' and a place reports nothing", "In the harbor town, most voters backed the plan.", []],
  [
    "a stance verb and its object, then a colon and a quotation: the quotation is what was said",
    'Psaki defended the plan: "It will keep the harbor open all winter." Antonov criticized the winter plan.',
    [
      { speaker: "psaki", cue: "defended", content: "It will keep the harbor open all winter.", kind: "direct" },
      { speaker: "antonov", cue: "criticized", content: "the winter plan", kind: "indirect" },
    ],
  ],
  [
    "a bare clause after a that-verb: a name and its past tense, a subject with 'of'",
    "Psaki announced Antonov intended to leave the harbor. Psaki reported no traces of the fuel were found.",
    [
      { speaker: "psaki", cue: "announced", content: "Antonov intended to leave the harbor", kind: "indirect" },
      { speaker: "psaki", cue: "reported", content: "no traces of the fuel were found", kind: "indirect" },
    ],
  ],
  [
    "an announced action is no clause: a plural noun and a participle",
    "Psaki announced new sanctions targeted at the harbor.",
    [],
  ],
  [
    "a lower-case speaker after a cue that follows its clause: several analysts, a former aide",
    "Voters met in the harbor. The harbor plan may have been more popular in the suburbs than anywhere else, said several analysts. Psaki also had a say in the choice of contractors for the port, said a former aide to the mayor, who asked not to be named.",
    [
      {
        speaker: null,
        cue: "said",
        content: "The harbor plan may have been more popular in the suburbs than anywhere else",
        kind: "indirect",
        source: "several analysts",
      },
      {
        speaker: null,
        cue: "said",
        content: "Psaki also had a say in the choice of contractors for the port",
        kind: "indirect",
        source: "a former aide to the mayor",
      },
    ],
  ],
  [
    "no lower-case inverted speaker: a participle, a subject's apposition, a subject and its aside",
    "Psaki opened the new terminal on Monday, noting the size of the crowd. The mayor of the port town, and Jen Psaki, tweeted their support for the bill. Antonov, speaking in the harbor, said the talks would resume.",
    [
      { speaker: "psaki", cue: "noting", content: "the size of the crowd", kind: "indirect" },
      {
        speaker: "psaki",
        cue: "tweeted",
        content: "their support for the bill",
        kind: "indirect",
        source: "The mayor of the port town, and Jen Psaki",
      },
      { speaker: "antonov", cue: "said", content: "the talks would resume", kind: "indirect" },
    ],
  ],
  [
    "an inverted speaker's apposition is not content; an auxiliary after it resumes the clause",
    "The harbor will stay open all winter, said Anatoly Antonov, director of the port authority. The real problem, says Jen Psaki, a spokeswoman for the port, is that the ice comes early.",
    [
      {
        speaker: "antonov",
        cue: "said",
        content: "The harbor will stay open all winter",
        kind: "indirect",
        source: "Anatoly Antonov",
      },
      {
        speaker: "psaki",
        cue: "says",
        content: "The real problem, says Jen Psaki, a spokeswoman for the port, is that the ice comes early",
        kind: "indirect",
      },
    ],
  ],
  [
    "a relative clause late in the reported clause does not make the speaker its subject",
    "The mayor lacks support from the harbor unions, whom he angered with his budget, said Jen Psaki.",
    [
      {
        speaker: "psaki",
        cue: "said",
        content: "The mayor lacks support from the harbor unions, whom he angered with his budget",
        kind: "indirect",
      },
    ],
  ],
  [
    "a named hearer and a time after a trailing cue: the clause before the comma is the report",
    "The port needs two new cranes, Anatoly Antonov told a Senate panel Wednesday.",
    [{ speaker: "antonov", cue: "told", content: "The port needs two new cranes", kind: "indirect" }],
  ],
  [
    "'called for' and 'called on' ask for an act: a demand, not a claim; a quotation after them is one",
    'Psaki called for an inquiry into the harbor fire. Antonov called on the mayor to resign over the fire. Psaki called for calm: "We will rebuild the pier."',
    [{ speaker: "psaki", cue: "called for", content: "We will rebuild the pier.", kind: "direct" }],
  ],
  [
    "a capitalised US after a cue is a name, and a bare clause may hold a preposition and an irregular past",
    "Psaki said US ships had left the harbor. The White House announced the tests by a navy laboratory found fuel in the water.",
    [
      { speaker: "psaki", cue: "said", content: "US ships had left the harbor", kind: "indirect" },
      {
        speaker: "white_house",
        cue: "announced",
        content: "the tests by a navy laboratory found fuel in the water",
        kind: "indirect",
      },
    ],
  ],
  [
    "'according to' after a semicolon or 'and' opens its own clause",
    "The port lost money; according to Antonov, it owed $2 million to its lenders. The ship was held for a week and according to Psaki it left on Friday.",
    [
      { speaker: "antonov", cue: "according to", content: "it owed $2 million to its lenders", kind: "indirect" },
      { speaker: "psaki", cue: "according to", content: "it left on Friday", kind: "indirect" },
    ],
  ],
  [
    "a clause after 'said' may open with a time noun and 'of', a quantity, or a phrase and 'it'",
    "Psaki said each year of dredging brings a week of delays. Antonov said more than 200 sailors signed the letter. Psaki said about half of the cargo reflected new orders. Antonov said in shipping it takes years to build trust.",
    [
      { speaker: "psaki", cue: "said", content: "each year of dredging brings a week of delays", kind: "indirect" },
      { speaker: "antonov", cue: "said", content: "more than 200 sailors signed the letter", kind: "indirect" },
      { speaker: "psaki", cue: "said", content: "about half of the cargo reflected new orders", kind: "indirect" },
      { speaker: "antonov", cue: "said", content: "it takes years to build trust", kind: "indirect" },
    ],
  ],
  [
    "a subject and its cue, a comma, then the reported clause without quotation marks",
    "As Psaki noted, the harbor stays open in winter. Antonov reported on Saturday, the ships have already left.",
    [
      { speaker: "psaki", cue: "noted", content: "the harbor stays open in winter", kind: "indirect" },
      { speaker: "antonov", cue: "reported", content: "the ships have already left", kind: "indirect" },
    ],
  ],
  [
    "no clause after the comma: 'All told', a participle about the speaker",
    "All told, the port lost two ships. Antonov reported, clutching the lectern.",
    [],
  ],
  [
    "the rest of a hearer before a subject pronoun is not content",
    "Antonov told a press conference he would stay. Psaki told the crowd in Ohio she would win.",
    [
      { speaker: "antonov", cue: "told", content: "he would stay", kind: "indirect" },
      { speaker: "psaki", cue: "told", content: "she would win", kind: "indirect" },
    ],
  ],
  [
    "not claims: nouns, negation, passive, scare quotes",
    "The report was long. Russia did not say anything. He was told to leave. Relations reached “a blind alley” this year. She denied all claims that she left. A think tank said nothing.",
    [],
  ],
];

describe("findClaims constructions", () => {
  it.each(CASES)("%s", (_name, text, expected) => {
    const doc = handBuiltDoc(text, ACTORS);
    findClaims(doc);
    const got = saidClaims(doc).map((c) => ({
      speaker: c.speaker,
      cue: text.slice(c.cue.start, c.cue.end),
      content: text.slice(c.content.start, c.content.end),
      kind: c.kind,
      source: c.source ? text.slice(c.source.start, c.source.end) : null,
    }));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const g = got[i];
      expect(g).toMatchObject({ speaker: e.speaker, cue: e.cue, content: e.content, kind: e.kind });
      if (e.source !== undefined) expect(g?.source).toBe(e.source);
    });
  });

  it("reads a title-case headline the segmenter left out as one sentence", () => {
    const headline = "Psaki Says Harbor Ships Will Stay";
    const body = "The port opened on Monday.";
    const text = `${headline}\n\n${body}`;
    const doc = handBuiltDoc(text, ACTORS);
    doc.sentences = [{ start: headline.length + 2, end: text.length }];
    findClaims(doc);
    expect(
      saidClaims(doc).map((c) => [
        c.speaker,
        text.slice(c.cue.start, c.cue.end),
        text.slice(c.content.start, c.content.end),
      ]),
    ).toEqual([["psaki", "Says", "Harbor Ships Will Stay"]]);
  });

  it("gives every claim a unique id and spans inside the text", () => {
    const text = '"We want predictability," Antonov said. Psaki said the talks would go on.';
    const doc = handBuiltDoc(text, ACTORS);
    findClaims(doc);
    expect(new Set(doc.claims.map((c) => c.id)).size).toBe(doc.claims.length);
    for (const c of doc.claims)
      for (const s of [c.cue, c.content]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThan(s.end);
      }
  });
});
