import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

// Invented sentences.
const actorNames = (text: string) => parseArticle(text).actors.map((a) => a.name);
const mentionsOf = (text: string, actor: string) =>
  parseArticle(text)
    .mentions.filter((m) => m.actor === actor)
    .map((m) => text.slice(m.start, m.end));

describe("storm names", () => {
  it("reads a storm's name as no person even when its full name made no mention", () => {
    const text =
      "Days after the storm known as Hurricane Odalys reached the coast, crews began repairs. " +
      "On Monday and Tuesday, Odalys moved only forty miles. Warnings were lifted and Odalys weakened.";
    expect(actorNames(text)).not.toContain("Odalys");
  });

  it("reads the name after a storm's two-word head", () => {
    const text =
      "A system known as Tropical Storm Benedikt formed on Friday. By Sunday, Benedikt had reached the islands.";
    expect(actorNames(text)).not.toContain("Benedikt");
  });
});

describe("surnames that open a sentence", () => {
  it("links a sentence-opening surname that subtitles capitalise to the named person", () => {
    const text = "The analyst Marta Jones studied the data. Jones said the signal was weak.";
    expect(mentionsOf(text, "marta-jones")).toEqual(["Marta Jones", "Jones"]);
  });

  it("keeps a place's head word opening a sentence out of a person", () => {
    const text = "The farm lies in Lincoln County. County officials said the road was closed.";
    const actors = parseArticle(text).actors;
    const county = actors.find((a) => a.name === "Lincoln County");
    expect(county ? mentionsOf(text, county.id) : []).not.toContain("County");
  });
});
