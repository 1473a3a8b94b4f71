import type { ParsedArticle } from "@newsgraph/parser";
import { buildArticle } from "./build-article.js";

// Three small articles whose expected aggregates are worked out by hand in the tests.
// Stored in the order C, A, B: B reveals that C's "North Atlantic Treaty Organization" is NATO.

export const articleC: ParsedArticle = buildArticle({
  url: "https://example.test/c",
  publishedAt: "2020-11-02",
  source: "Wire",
  title: "NATO accuses Russia",
  text: "North Atlantic Treaty Organization officials accused Russia of aggression. The United States threatened sanctions against Russia.",
  actors: [
    { id: "c1", name: "North Atlantic Treaty Organization", kind: "organization" },
    { id: "c2", name: "Russia", kind: "country", code: "RUS" },
    { id: "c3", name: "United States", kind: "country", code: "USA" },
  ],
  accusations: [
    {
      id: "x1",
      accuser: "c1",
      accused: ["c2"],
      evidence: "North Atlantic Treaty Organization officials accused Russia of aggression.",
      allegation: "aggression",
      category: "aggression",
    },
  ],
  responses: [
    {
      id: "r1",
      actor: "c3",
      targets: ["c2"],
      type: "threaten",
      cameo: "130",
      modality: "threatened",
      evidence: "The United States threatened sanctions against Russia.",
    },
  ],
});

export const articleA: ParsedArticle = buildArticle({
  url: "https://example.test/a",
  publishedAt: "2021-03-17",
  source: "Wire",
  title: "Russia recalls its ambassador",
  text: "Russia recalled its ambassador to Washington. The United States accused Russia of interfering in the election. Moscow denied the allegations. Joe Biden said Putin would pay a price.",
  actors: [
    { id: "a1", name: "Russia", kind: "country", code: "RUS", aliases: ["Moscow"] },
    { id: "a2", name: "United States", kind: "country", code: "USA", aliases: ["Washington"] },
    { id: "a3", name: "Joe Biden", kind: "person", affiliation: "a2", title: "President" },
    { id: "a4", name: "Vladimir Putin", kind: "person", affiliation: "a1", aliases: ["Putin"] },
  ],
  claims: [{ id: "q1", speaker: "a3", cue: "said", content: "Putin would pay a price" }],
  accusations: [
    {
      id: "x1",
      accuser: "a2",
      accused: ["a1"],
      evidence: "The United States accused Russia of interfering in the election.",
      allegation: "interfering in the election",
      category: "election interference",
    },
  ],
  denials: [{ id: "d1", denier: "a1", evidence: "Moscow denied the allegations.", respondsTo: "x1" }],
  responses: [
    {
      id: "r1",
      actor: "a1",
      targets: ["a2"],
      type: "recall_ambassador",
      cameo: "161",
      evidence: "Russia recalled its ambassador to Washington.",
      date: "2021-03-17",
      respondsTo: "x1",
    },
  ],
});

export const articleB: ParsedArticle = buildArticle({
  url: "https://example.test/b",
  publishedAt: "2021-04-15",
  source: "Wikinews",
  title: "Sanctions on Russia",
  text: "The U.S. imposed sanctions on the Russian Federation. The U.S. accused Russia of a cyberattack. Mr. Vladimir Putin said the sanctions were illegal. NATO said it would consider further measures.",
  actors: [
    { id: "b1", name: "United States", kind: "country", code: "USA", aliases: ["U.S."] },
    { id: "b2", name: "Russian Federation", kind: "country", code: "RUS", aliases: ["Russia"] },
    { id: "b3", name: "Mr. Vladimir Putin", kind: "person", affiliation: "b2" },
    { id: "b4", name: "North Atlantic Treaty Organization", kind: "organization", aliases: ["NATO"] },
  ],
  claims: [
    { id: "q1", speaker: "b3", cue: "said", content: "the sanctions were illegal" },
    { id: "q2", speaker: "b4", cue: ["said", 1], content: "it would consider further measures" },
  ],
  accusations: [
    {
      id: "x1",
      accuser: "b1",
      accused: ["b2"],
      evidence: "The U.S. accused Russia of a cyberattack.",
      allegation: "a cyberattack",
      category: "Cyberattack",
    },
  ],
  responses: [
    {
      id: "r1",
      actor: "b1",
      targets: ["b2"],
      type: "sanction",
      cameo: "163",
      evidence: "The U.S. imposed sanctions on the Russian Federation.",
      date: "2021-04",
    },
    {
      id: "r2",
      actor: "b4",
      targets: [],
      type: "consider_measures",
      cameo: "014",
      modality: "considered",
      evidence: "NATO said it would consider further measures.",
    },
  ],
});

export const fixtureArticles = [articleC, articleA, articleB];
