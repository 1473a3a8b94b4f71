import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences. "Richardson", "Rochester" and "Allen" are towns the place gazetteer holds.
const mentionsOf = (text: string, actor: string) =>
  parseArticle(text)
    .mentions.filter((m) => m.actor === actor)
    .map((m) => text.slice(m.start, m.end));
const kindsOf = (text: string, word: string) =>
  parseArticle(text)
    .mentions.filter((m) => text.slice(m.start, m.end) === word)
    .map((m) => m.kind);

describe("a town's name that is a named person's surname", () => {
  it("reads the bare surname as the person the text names in full", () => {
    const text =
      "The envoy Marta Richardson met the ministers on Monday. Richardson said the talks would go on, and Richardson left.";
    expect(mentionsOf(text, "marta-richardson")).toEqual(["Marta Richardson", "Richardson", "Richardson"]);
  });

  it("leaves the word a place when the text also uses it as one", () => {
    const text =
      "Officials in Richardson opened a shelter. The mayor, Marta Richardson, thanked volunteers. Richardson has 120,000 people.";
    expect(kindsOf(text, "Richardson")).toEqual(["location", "location"]);
  });

  it("leaves a hometown followed by its state a place", () => {
    const text = "The suspect, Paul Allen, 21, is from Allen, Texas. Allen is a suburb near Dallas.";
    expect(kindsOf(text, "Allen")).toContain("location");
  });

  it("ignores a long capitalised run that only ends in the word", () => {
    const text =
      "Fans Of Marta Sanchez Cheer In Rochester. Thousands gathered on Sunday. Rochester police closed the roads.";
    expect(kindsOf(text, "Rochester")).not.toContain("person");
  });
});

describe("a full name written with and without its middle initial", () => {
  it("is one person", () => {
    const text =
      "Senator Walter R. Okafor spoke first. Later Walter Okafor told reporters he was pleased. Okafor left.";
    const people = parseArticle(text).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => a.name)).toEqual(["Walter R. Okafor"]);
  });

  it("keeps two names that differ only by their initials apart", () => {
    const text = "Walter R. Okafor and his son Walter T. Okafor both spoke at the hearing on Monday.";
    const people = parseArticle(text).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => a.name).sort()).toEqual(["Walter R. Okafor", "Walter T. Okafor"]);
  });
});
