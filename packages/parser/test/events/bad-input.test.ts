import { describe, expect, it } from "vitest";
import { findAccusations } from "../../src/events/find-accusations.js";
import { findResponses } from "../../src/events/find-responses.js";
import { linkItems } from "../../src/links/link-items.js";
import { growthRatio } from "../linear-growth.js";
import { makeDoc, runEventStages, WORLD } from "./make-doc.js";

function runAll(text: string, ref: string | null = "2021-03-17") {
  const doc = makeDoc(text, WORLD, ref);
  return runEventStages(doc);
}

describe("events on bad input", () => {
  it("handles a 5,000-word sentence full of cues in linear time", () => {
    const chunk =
      "Russia accused the United States of interference and expelled diplomats and denied the report and said ";
    const sentenceOf = (chunks: number) => `${chunk.repeat(chunks)}so.`;
    const doc = runAll(sentenceOf(300));
    expect(doc.sentences).toHaveLength(1);
    expect(doc.accusations.length).toBeGreaterThan(0);
    expect(doc.responses.length).toBeGreaterThan(0);
    // ten times the words (1,000 to 10,000): linear work takes about ten times as long (13 measured),
    // the quadratic passes this test caught took 60 times and more
    const ratio = growthRatio((scale) => {
      const built = makeDoc(sentenceOf(60 * scale), WORLD, "2021-03-17");
      return () => runEventStages(built);
    }, 10);
    expect(ratio).toBeLessThan(30);
  }, 120_000);

  it("keeps both readings of contradictory cues, each with its own modality", () => {
    const doc = runAll("Germany expelled two Russian diplomats but Germany did not expel the Russian ambassador.");
    expect(doc.responses.map((r) => [r.type, r.modality])).toEqual([
      ["expel_diplomats", "done"],
      ["expel_diplomats", "negated"],
    ]);
  });

  it("a denial and an admission of the same act are both reported", () => {
    const doc = runAll("Iran denied the accusation. Iran later admitted that it shot down the Ukrainian jet.");
    expect(doc.denials.map((d) => d.denier)).toEqual(["iran"]);
    expect(doc.responses.map((r) => r.type)).toContain("admit");
  });

  it("finds nothing, and does not throw, when there are no actor mentions", () => {
    const doc = makeDoc("Someone accused someone else of interference and expelled diplomats.", [], "2021-03-17");
    findAccusations(doc);
    findResponses(doc);
    linkItems(doc);
    expect(doc.accusations).toEqual([]);
    expect(doc.responses).toEqual([]);
  });

  it("says so when relative dates meet an article with no date", () => {
    const doc = runAll("Russia expelled U.S. diplomats last month.", null);
    expect(doc.responses[0]?.date).toBeNull();
    expect(doc.messages.some((m) => m.ruleId === "dates/no-reference-date")).toBe(true);
  });

  it("survives unbalanced quotes, empty sentences and stray punctuation", () => {
    const doc = runAll('“Russia accused ,, ; the U.S. of — "" . ( Moscow denied.');
    expect(Array.isArray(doc.accusations)).toBe(true);
  });
});
