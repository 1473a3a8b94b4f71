import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "../src/metadata/extract-metadata.js";
import { segment } from "../src/segment/segment.js";
import { docOf } from "./helpers.js";

function sentencesOf(text: string): string[] {
  const doc = docOf(text);
  segment(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence splitting", () => {
  const cases: [string, string[]][] = [
    ["The U.S. said no. Russia said yes.", ["The U.S. said no.", "Russia said yes."]],
    ["Mr. Putin spoke. Ms. Psaki did not.", ["Mr. Putin spoke.", "Ms. Psaki did not."]],
    ["By Ann M. Simmons today. She wrote.", ["By Ann M. Simmons today.", "She wrote."]],
    ["It happened on Sept. 11 in New York. No one knew.", ["It happened on Sept. 11 in New York.", "No one knew."]],
    ["Gen. Mark Milley said so. He left.", ["Gen. Mark Milley said so.", "He left."]],
    ["Resolution No. 5 passed. It was close.", ["Resolution No. 5 passed.", "It was close."]],
    ["Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]],
    ["He called it “a blind alley.” The talks ended.", ["He called it “a blind alley.”", "The talks ended."]],
    ['He said "we are done." Then he left.', ['He said "we are done."', "Then he left."]],
    ["“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]],
    ["Troops left the U.S. The war ended.", ["Troops left the U.S.", "The war ended."]],
    ["Relations with the U.S. under Biden are poor.", ["Relations with the U.S. under Biden are poor."]],
    ["George W. Bush spoke.", ["George W. Bush spoke."]],
    ["No final stop here", ["No final stop here"]],
    ["Wait... What happened? Nothing!", ["Wait...", "What happened?", "Nothing!"]],
    ["He said “this is wrong. Everyone sees it", ["He said “this is wrong.", "Everyone sees it"]],
    ["It is in St. Petersburg. Snow fell.", ["It is in St. Petersburg.", "Snow fell."]],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe("paragraphs and boilerplate", () => {
  it("splits blank-line blocks and drops headings and page lines", () => {
    const text =
      "First paragraph here. Second sentence.\n\nU.S. Intelligence Assessment\n\nAnother one.\n\nComments are closed.";
    const doc = docOf(text);
    segment(doc);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First paragraph here. Second sentence.",
      "Another one.",
    ]);
    expect(doc.boilerplate.map((p) => text.slice(p.start, p.end))).toEqual([
      "U.S. Intelligence Assessment",
      "Comments are closed.",
    ]);
  });

  it.each([
    "3 min read",
    "FILE PHOTO: Russian Ambassador Anatoly Antonov speaks in Washington, October 2019. REUTERS/Yara Nardi",
    "Reporting by Andrew Osborn; Editing by Jon Boyle",
    "Advertisement",
    "* * *",
    "██ Coalition-held areas",
    "ABSTRACT.",
    "FULL TEXT.",
    "Letters to the editor",
  ])("drops the page line %s", (line) => {
    const text = `A story begins here.\n\n${line}\n\nIt goes on here.`;
    const doc = docOf(text);
    segment(doc);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.boilerplate.map((p) => text.slice(p.start, p.end))).toEqual([line]);
  });

  it("drops a page line inside a block of lines and keeps the lines around it", () => {
    const text = "Intro paragraph here.\n\nDakota, a deer.\nImage: Jane Roe.\nCotton Candy, a dragon.";
    const doc = docOf(text);
    segment(doc);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Intro paragraph here.",
      "Dakota, a deer.",
      "Cotton Candy, a dragon.",
    ]);
    expect(doc.boilerplate.map((p) => text.slice(p.start, p.end))).toEqual(["Image: Jane Roe."]);
  });

  it("keeps a dateline and treats single lines as paragraphs when there are no blank lines", () => {
    const text = "Wednesday, January 23, 2019\nGermany banned the airline.\nIt cited security.";
    const doc = docOf(text);
    segment(doc);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.boilerplate).toEqual([]);
  });

  it("segments only the body of the seed, every span inside the text", () => {
    const text = readFileSync(new URL("../../../seeds/000_bec17d8f6e35f6e3.txt", import.meta.url), "utf8");
    const doc = docOf(text);
    extractMetadata(doc, {});
    segment(doc);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toMatch(/^The Russian ambassador to the U\.S\. has been summoned/);
    expect(sentences.some((s) => s.includes("Comments are closed") || s.includes("Intelligence Assessment"))).toBe(
      false,
    );
    expect(sentences).toContain("Mr. Antonov was appointed as Russia’s top envoy in Washington in August 2017.");
    expect(doc.sentences.every((s) => s.start >= doc.bodyStart && s.end <= text.length)).toBe(true);
    expect(sentences.every((s) => s === s.trim() && s.length > 0)).toBe(true);
  });
});
