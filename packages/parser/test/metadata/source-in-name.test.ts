import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../src/metadata/extract-metadata.js";
import { sourceInFileName } from "../../src/metadata/source-in-name.js";
import { docOf } from "../helpers.js";

describe("the publisher at the front of a file's name", () => {
  it.each([
    ["saved/nyt_2016-01-20_in-prisoner-swap.txt", "The New York Times"],
    ["wash-post_2016-09-01_walls.txt", "The Washington Post"],
    ["huff-post_2016-08-12_truther.txt", "HuffPost"],
    ["usa-today_2016-05-02_populist.txt", "USA Today"],
    ["politico_2016-06-01_golf.txt", "Politico"],
    ["breitbart_2016-02-08_wall.txt", "Breitbart"],
    ["west-journal_2016-01-08_advice.txt", "Western Journal"],
    ["C:\\saved\\ap-2019-05-02-vote.html", "Associated Press"],
  ])("reads %s as %s", (path, publisher) => {
    expect(sourceInFileName(path)).toBe(publisher);
  });

  it.each([
    ["2016-01-20-flood.txt", "no outlet before the date"],
    ["notes_2016-01-20_talks.txt", "an outlet no publisher is spelled by"],
    ["nyt-talks.txt", "no date after the outlet"],
    ["nyt_2016-01-20.jsonl:3", "a batch's line"],
    ["news_2016-01-20_x.txt", "a common word"],
  ])("names no publisher for %s (%s)", (path) => {
    expect(sourceInFileName(path)).toBeNull();
  });

  it("fills the source only when the URL and a dateline say nothing, and says so", () => {
    const named = (text: string, name: string) => {
      const doc = docOf(text);
      extractMetadata(doc, { name });
      return doc;
    };
    const plain = named("Talks Resume\n\nThe ministers met on Tuesday.", "nyt_2016-01-20_talks.txt");
    expect(plain.meta.source).toBe("The New York Times");
    expect(plain.messages.map((m) => m.reason)).toContain("publisher The New York Times taken from the file name");
    const linked = named(
      "https://www.reuters.com/world/2021/05/06/vaccine-waiver/\nBiden Pushes Vaccine Waiver\n\nThe White House said on Thursday.",
      "nyt_2021-05-06_waiver.txt",
    );
    expect(linked.meta.source).toBe("Reuters");
  });
});
