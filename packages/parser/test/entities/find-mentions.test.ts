import { describe, expect, it } from "vitest";
import { buildActors } from "../../src/actors/build-actors.js";
import { findMentions } from "../../src/entities/find-mentions.js";
import { parseArticle } from "../../src/index.js";
import { docOf } from "../helpers.js";

// [sentence, [surface, kind] pairs that must be found with exactly that span]
const cases: [string, [string, string][]][] = [
  [
    "Russian President Vladimir Putin met Ann M. Simmons in Paris.",
    [
      ["Vladimir Putin", "person"],
      ["Ann M. Simmons", "person"],
      ["Paris", "location"],
    ],
  ],
  [
    "The report was published by the Office of the Director of National Intelligence.",
    [["Office of the Director of National Intelligence", "organization"]],
  ],
  [
    "Washington has repeatedly accused Moscow of election interference.",
    [
      ["Washington", "country"],
      ["Moscow", "country"],
    ],
  ],
  ["It was the first time Washington formally accused the Kremlin of it.", [["Kremlin", "country"]]],
  [
    "White House press secretary Jen Psaki declined to comment.",
    [
      ["White House", "organization"],
      ["Jen Psaki", "person"],
    ],
  ],
  [
    "“All we want is predictability,” the senior diplomat told the “Solovyov Live” channel.",
    [["Solovyov Live", "media"]],
  ],
  [
    "Germany on Monday banned Iranian airline Mahan Air from flying.",
    [
      ["Germany", "country"],
      ["Mahan Air", "organization"],
    ],
  ],
  [
    "Rudaw reports that Deutsche Telekom and Siemens will leave.",
    [
      ["Rudaw", "media"],
      ["Deutsche Telekom", "organization"],
      ["Siemens", "organization"],
    ],
  ],
  [
    "US Secretary of State Mike Pompeo said the crash was likely.",
    [
      ["US", "country"],
      ["Mike Pompeo", "person"],
    ],
  ],
  [
    "President of Ukraine Volodymyr Zelenskyy spoke to Syrian President Bashar al-Assad.",
    [
      ["Ukraine", "country"],
      ["Volodymyr Zelenskyy", "person"],
      ["Bashar al-Assad", "person"],
    ],
  ],
  [
    "Mr. Navalny's lawyer, Olga Mikhailova, spoke in St. Petersburg.",
    [
      ["Navalny", "person"],
      ["Olga Mikhailova", "person"],
      ["St. Petersburg", "location"],
    ],
  ],
  [
    "The Islamic Revolutionary Guard Corps of Iran denied it.",
    [["Islamic Revolutionary Guard Corps of Iran", "organization"]],
  ],
  ["Police and Crime Commissioner Stephen Mold urged a review.", [["Stephen Mold", "person"]]],
  [
    "The Federal Aviation Office of Germany has suspended the permit.",
    [["Federal Aviation Office of Germany", "organization"]],
  ],
  [
    "Relations between Russia and the West have deteriorated.",
    [
      ["Russia", "country"],
      ["West", "group"],
    ],
  ],
  ["Charles told the Daily Mail that she was broken.", [["Daily Mail", "media"]]],
  // a name through a Filipino particle, a plural's apostrophe, an ordinal opening a court's name
  ["Captain Rodel dela Cruz of the navy said the boat sank.", [["Rodel dela Cruz", "person"]]],
  ["The Miners' Federation said the pits would close.", [["Miners' Federation", "organization"]]],
  [
    "The appeal went to the Third Circuit Court of Appeals on Monday.",
    [["Third Circuit Court of Appeals", "organization"]],
  ],
  [
    "The Islamic State of Iraq and the Levant claimed the attack.",
    [["Islamic State of Iraq and the Levant", "organization"]],
  ],
  // what a person is "of" is a hometown when its state follows
  ["The driver, Lee Vance of Brackton, Texas, was held.", [["Brackton", "location"]]],
  // an agency is an outlet only after a media word
  ["The Kalvari News Agency quoted the mayor.", [["Kalvari News Agency", "media"]]],
  ["The National Fisheries Agency said stocks fell.", [["National Fisheries Agency", "organization"]]],
];

// words that must not be a mention in these sentences
const absent: [string, string][] = [
  ["The U.S. and European diplomats were expelled.", "European"],
  ["Despite the assurances, she left.", "Despite"],
  ["Earlier this month, the Biden administration imposed sanctions.", "Earlier"],
  ["It was the Second World War that changed the town.", "Second World War"],
  ['Police named the man only as "Mr. A" as the inquiry went on.', "Mr."],
  // a lone name that labels an event, and common words by their endings
  ["Reporters tied the senator to the Brackwater scandal.", "Brackwater"],
  ["He later embraced Fabianism and left the party.", "Fabianism"],
  ["Rezoning the farmland was unfair, she said. Decriminalizing it is fairer.", "Decriminalizing"],
  ["It was late. Namely, the ferry left without them.", "Namely"],
];

describe("findMentions", () => {
  it.each(cases)("%s", (text, expected) => {
    const { mentions } = parseArticle(text);
    const found = mentions
      .filter((m) => m.via === "name" || m.via === "metonym")
      .map((m) => [text.slice(m.start, m.end), m.kind]);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each(absent)("%s has no mention «%s»", (text, word) => {
    const { mentions } = parseArticle(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).not.toContain(word);
  });

  it("reads a paragraph that opens with a name and a quote as a sentence, not a title-case headline", () => {
    const text = 'The rules came in last week.\n\nBishop Aldo Renzi of the Holy See said, "We have waited for this."';
    const { mentions } = parseArticle({ kind: "record", record: { title: "Rules", text } });
    const found = mentions.filter((m) => m.via === "name").map((m) => [text.slice(m.start, m.end), m.kind]);
    expect(found).toContainEqual(["Aldo Renzi", "person"]);
  });

  it("reads a title-case subhead inside the text, full stop and all, as a headline: no names from its capitals", () => {
    const text =
      "Senator Ann Roe spoke in Dayton on Monday.\n\nCandidates Firmly Reject The Idea Of A Wage Hike.\n\nAnn Roe said the plan would cost jobs.";
    const { mentions } = parseArticle({ kind: "record", record: { title: "Debate", text } });
    const found = mentions.filter((m) => m.via === "name").map((m) => text.slice(m.start, m.end));
    expect(found).toContain("Ann Roe");
    for (const junk of ["Candidates Firmly Reject", "Idea Of", "Firmly Reject", "Wage Hike"])
      expect(found).not.toContain(junk);
  });

  it("keeps spans tight: no leading article, no possessive", () => {
    const text = "The European Union said Russia’s envoy left. The Kremlin's reply came later.";
    const { mentions } = parseArticle(text);
    const surfaces = mentions.filter((m) => m.via !== "description").map((m) => text.slice(m.start, m.end));
    expect(surfaces).toEqual(expect.arrayContaining(["European Union", "Russia", "Kremlin"]));
    for (const s of surfaces) expect(s).not.toMatch(/^the |['’]s$/i);
  });

  it("finds nothing in text without names, and survives odd input", () => {
    expect(parseArticle("it was raining and nobody came.").mentions.filter((m) => m.via === "name")).toEqual([]);
    for (const odd of [
      "",
      "   ",
      "’s",
      "\u0000\u0001 Ab.",
      "A. B. C. D.",
      "“Unclosed quote by Someone",
      "Mr.",
      "of the Of The",
    ]) {
      const doc = docOf(odd);
      findMentions(doc);
      buildActors(doc);
      for (const m of doc.mentions) expect(odd.slice(m.start, m.end).length).toBeGreaterThan(0);
    }
  });

  it("marks pronouns and role descriptions for the actor stage", () => {
    const text =
      "Mr. Antonov was appointed as Russia’s top envoy in Washington. He said the senior diplomat was tired.";
    const { mentions, references } = parseArticle(text);
    const via = (s: string) => [...mentions, ...references].find((m) => text.slice(m.start, m.end) === s)?.via;
    expect(via("He")).toBe("pronoun");
    expect(via("Russia’s top envoy in Washington")).toBe("description");
    expect(via("the senior diplomat")).toBe("description");
  });
});

describe("findMentions on sentence-initial and joined words", () => {
  it.each([
    ["Relations between Russia and the West have deteriorated.", "Relations"],
    ["Normally, only embassy workers have immunity.", "Normally"],
    ["The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", "BST"],
    ["A Volvo XC90 was driving on the wrong side.", "Volvo XC90"],
  ])("%s has no mention «%s»", (text, word) => {
    const { mentions } = parseArticle(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).not.toContain(word);
  });

  it("keeps two names joined by 'and the' apart, and a known phrase whole at a sentence's start", () => {
    const text = "It is used by both the Royal Air Force and the US Air Force. White House officials declined.";
    const surfaces = parseArticle(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(surfaces).toEqual(expect.arrayContaining(["Royal Air Force", "US Air Force", "White House"]));
  });
});

describe("findMentions on wire-service layout", () => {
  const text =
    "CHINA SAYS TAIWAN SPOILS ATMOSPHERE FOR TALKS .\nBEIJING 1996-08-22\n" +
    "Germany 's representative Werner Zwingmann met the Commission 's chief spokesman Nikolaus van der Pas .";
  const found = parseArticle(text)
    .mentions.filter((m) => m.via !== "description" && m.via !== "pronoun")
    .map((m) => [text.slice(m.start, m.end), m.kind]);

  it("finds known names in an all-capitals headline and a dateline", () => {
    expect(found).toContainEqual(["CHINA", "country"]);
    expect(found).toContainEqual(["TAIWAN", "country"]);
    expect(found).toContainEqual(["BEIJING", "location"]);
    expect(found.map(([s]) => s)).not.toContain("SPOILS");
  });

  it("keeps name particles and spaced possessives", () => {
    expect(found).toContainEqual(["Nikolaus van der Pas", "person"]);
    expect(found).toContainEqual(["Werner Zwingmann", "person"]);
    expect(found).toContainEqual(["Germany", "country"]);
  });
});

describe("findMentions on places", () => {
  it.each([
    ["The crash happened near Watford in Northamptonshire.", ["Watford", "Northamptonshire"]],
    ["Bernie Sanders won the primary in New Hampshire and Wisconsin.", ["New Hampshire", "Wisconsin"]],
    ["Nothing was heard in Zyxwvut for days.", ["Zyxwvut"]],
  ])("%s", (text, places) => {
    const found = parseArticle(text)
      .mentions.filter((m) => m.kind === "location")
      .map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(places);
  });

  it("does not take a person after 'from' for a place", () => {
    const text = "The bill won support from Biden and Warren.";
    const kinds = parseArticle(text).mentions.map((m) => [text.slice(m.start, m.end), m.kind]);
    expect(kinds).not.toContainEqual(["Biden", "location"]);
  });

  it("lists only named entities as mentions; pronouns and descriptions are references", () => {
    const text = "Anatoly Antonov met reporters. The senior diplomat said he was tired.";
    const { mentions, references } = parseArticle(text);
    const surface = (m: { start: number; end: number }) => text.slice(m.start, m.end);
    expect(mentions.map(surface)).toContain("Anatoly Antonov");
    expect(mentions.map(surface)).not.toContain("he");
    expect(references.map(surface)).toContain("he");
    expect(references.every((m) => m.via === "pronoun" || m.via === "description")).toBe(true);
  });
});
