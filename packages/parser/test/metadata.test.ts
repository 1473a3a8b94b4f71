import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dateFromUrl } from "../src/metadata/date-from-url.js";
import { extractMetadata } from "../src/metadata/extract-metadata.js";
import { normalizeDate } from "../src/metadata/normalize-date.js";
import { parseByline } from "../src/metadata/parse-byline.js";
import { sourceFromUrl } from "../src/metadata/source-from-url.js";
import { splitHeadline } from "../src/metadata/split-headline.js";
import { docOf } from "./helpers.js";

function metaOf(text: string, referenceDate?: string) {
  const doc = docOf(text);
  extractMetadata(doc, { referenceDate });
  return doc;
}

describe("seed header", () => {
  it("reads title, standfirst, URL, byline, publisher and date", () => {
    const text = readFileSync(new URL("../../../seeds/000_bec17d8f6e35f6e3.txt", import.meta.url), "utf8");
    const doc = metaOf(text);
    expect(doc.meta).toEqual({
      title: "Russia Recalls Its Ambassador to the U.S. for Consultations",
      dek: "Moscow’s move follows a critical U.S. intelligence report about Russian efforts to interfere in the 2020 presidential election",
      url: "https://www.wsj.com/articles/russia-recalls-its-ambassador-to-the-u-s-for-consultations-11616011568",
      source: "The Wall Street Journal",
      authors: ["Jessica Donati", "Ann M. Simmons"],
      publishedAt: "2021-03-17T20:06:08Z",
    });
    expect(doc.referenceDate).toBe("2021-03-17");
    expect(text.slice(doc.bodyStart).trimStart()).toMatch(/^The Russian ambassador/);
  });
});

describe("headline and standfirst on one line", () => {
  const cases: [string, string, string | null][] = [
    [
      "Germany Bans Iranian Airline Over Security Fears The decision follows months of pressure from Washington",
      "Germany Bans Iranian Airline Over Security Fears",
      "The decision follows months of pressure from Washington",
    ],
    ["Germany bans Mahan Air of Iran, citing 'security'", "Germany bans Mahan Air of Iran, citing 'security'", null],
    ["Talks Collapse in Geneva", "Talks Collapse in Geneva", null],
    [
      "Biden Says He Will Seek Another Term President Biden said on Tuesday that he would run",
      "Biden Says He Will Seek Another Term",
      "President Biden said on Tuesday that he would run",
    ],
    [
      "Russia Expels Two Diplomats From Moscow The Kremlin said the move was a reply to sanctions",
      "Russia Expels Two Diplomats From Moscow",
      "The Kremlin said the move was a reply to sanctions",
    ],
  ];
  it.each(cases)("%s", (line, title, dek) => {
    expect(splitHeadline(line)).toEqual({ title, dek });
  });
});

describe("made-up headers", () => {
  it("reads a separate standfirst line, a three-author byline and a dated URL", () => {
    const text =
      "Ministers Meet on Trade\nThe talks are the first in a year.\nhttps://www.nytimes.com/2022/05/04/world/trade.html\nBy Ann Lee, Bo Chen and Carl Diaz\n\nThe ministers met on Tuesday.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("Ministers Meet on Trade");
    expect(doc.meta.dek).toBe("The talks are the first in a year.");
    expect(doc.meta.authors).toEqual(["Ann Lee", "Bo Chen", "Carl Diaz"]);
    expect(doc.meta.source).toBe("The New York Times");
    expect(doc.meta.publishedAt).toBe("2022-05-04");
    expect(text.slice(doc.bodyStart).trim()).toBe("The ministers met on Tuesday.");
  });

  it("reads a date line under the byline and falls back to the host for an unknown publisher", () => {
    const text =
      "Flood Hits Valley\nhttps://daily-courier.co.uk/news/flood\nBy Jane Roe\nMarch 3, 2020\n\nWater rose overnight.";
    const doc = metaOf(text);
    expect(doc.meta.source).toBe("Daily Courier");
    expect(doc.meta.publishedAt).toBe("2020-03-03");
    expect(doc.referenceDate).toBe("2020-03-03");
  });

  it("takes a date in the file's name when the article states none, and never a batch's", () => {
    const named = (text: string, name: string) => {
      const doc = docOf(text);
      extractMetadata(doc, { name });
      return doc;
    };
    const plain = named("Talks Resume\n\nThe ministers met on Tuesday.", "saved/wire_2016-01-20_talks.txt");
    expect(plain.meta.publishedAt).toBe("2016-01-20");
    expect(plain.referenceDate).toBe("2016-01-20");
    expect(plain.messages.map((m) => m.reason)).toContain("publication date 2016-01-20 taken from the file name");
    const dated = named(
      "Flood Hits Valley\nBy Jane Roe\nMarch 3, 2020\n\nWater rose overnight.",
      "2016-01-20-flood.txt",
    );
    expect(dated.meta.publishedAt).toBe("2020-03-03");
    expect(named("The ministers met on Tuesday.", "feed-2016-01-20.jsonl:3").meta.publishedAt).toBeNull();
  });

  it("reads a URL-first header with a section label and a shouted byline", () => {
    const text =
      "https://www.reuters.com/world/2021/05/06/vaccine-waiver/\nWorld News\nBiden Pushes Vaccine Waiver\nBy JANE DOE and JOHN O'ROE\nMay 6, 2021\n\nThe White House said on Thursday.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("Biden Pushes Vaccine Waiver");
    expect(doc.meta.authors).toEqual(["Jane Doe", "John O'Roe"]);
    expect(doc.meta.source).toBe("Reuters");
    expect(doc.meta.publishedAt).toBe("2021-05-06");
    expect(text.slice(doc.bodyStart).trim()).toBe("The White House said on Thursday.");
  });

  it("takes the source from a wire-service dateline when there is no URL", () => {
    const text =
      "Russia Recalls Envoy\nBy Andrew Osborn\n3 min read\n\nMOSCOW (Reuters) - Russia said on Wednesday it had recalled its envoy.";
    const doc = metaOf(text);
    expect(doc.meta.source).toBe("Reuters");
    expect(doc.meta.authors).toEqual(["Andrew Osborn"]);
    expect(metaOf("The vote (held on Monday) - a first - passed.").meta.source).toBeNull();
  });

  it("does not take prose that mentions a date for a header", () => {
    const text = "The talks failed on Monday.\nMarch 3, 2020\nMore body.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBeNull();
    expect(doc.bodyStart).toBe(0);
  });

  it("treats text without header lines as all body", () => {
    const text = "The ministers met on Tuesday. They agreed on nothing.\n\nTalks resume next week.";
    const doc = metaOf(text, "2020-01-01");
    expect(doc.meta.title).toBeNull();
    expect(doc.bodyStart).toBe(0);
    expect(doc.referenceDate).toBe("2020-01-01");
  });

  it("takes a clear headline line as the title even without other header lines", () => {
    const text =
      "Storm closes schools across the region\n\nSchools in three counties closed on Monday as the storm hit.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("Storm closes schools across the region");
    expect(doc.bodyStart).toBe(text.indexOf("\n"));
  });

  it("takes a one-sentence first line ending in a full stop for the title when a blank line sets it apart", () => {
    const text =
      "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nABSTRACT.\n\nA poll shows that Americans living in richer households now favour the Democrat.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.");
    expect(doc.bodyStart).toBe(text.indexOf("\n"));
  });

  it("takes a one-sentence question set apart by a blank line for the title, but not a two-line opening", () => {
    const text =
      "Why does the council refuse to publish its budget?\n\nThe city council has declined for three years to release the figures that residents have asked for.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("Why does the council refuse to publish its budget?");
    expect(doc.bodyStart).toBe(text.indexOf("\n"));
    expect(
      metaOf("Why does it matter?\nThe council has declined for three years to release the figures.").meta.title,
    ).toBeNull();
  });

  it("splits a headline ending in a semicolon from the standfirst on the next line", () => {
    const text =
      "In prisoner swap, compassion vs. costs; \nDespite criticism, Obama deems certain releases a reasonable trade-off.\n\nWhen President Obama flew to Boise for a speech last winter, he met privately with the wife of a pastor held in Iran.";
    const doc = metaOf(text);
    expect(doc.meta.title).toBe("In prisoner swap, compassion vs. costs");
    expect(doc.meta.dek).toBe("Despite criticism, Obama deems certain releases a reasonable trade-off.");
    expect(text.slice(doc.bodyStart).trim().startsWith("When President Obama")).toBe(true);
  });

  it("keeps a first paragraph of two sentences, or one not set apart, in the body", () => {
    expect(
      metaOf(
        "The talks failed. Both sides left.\n\nThe ministers had met for three days in Geneva and agreed on nothing.",
      ).meta.title,
    ).toBeNull();
    expect(
      metaOf("The talks failed on Monday.\nThe ministers had met for three days in Geneva and agreed on nothing.").meta
        .title,
    ).toBeNull();
  });

  it("reports a malformed reference date as a message", () => {
    const doc = metaOf("Plain text.", "yesterday");
    expect(doc.referenceDate).toBeNull();
    expect(doc.messages[0]?.ruleId).toBe("metadata:reference-date");
  });
});

describe("pieces", () => {
  it.each([
    ["By Jessica Donati and Ann M. Simmons", ["Jessica Donati", "Ann M. Simmons"]],
    ["By A. Smith | Reuters", ["A. Smith"]],
    ["by Jane Roe & John Doe", ["Jane Roe", "John Doe"]],
    ["By the time we arrived, it was over.", null],
  ])("byline %s", (line, authors) => {
    expect(parseByline(line)).toEqual(authors);
  });

  it.each([
    ["https://www.wsj.com/articles/x-11616011568", "2021-03-17T20:06:08Z"],
    ["https://example.com/2021/03/17/story", "2021-03-17"],
    ["https://example.com/news/2019-12-31-story", "2019-12-31"],
    ["https://example.com/2021/13/40/story", null],
    ["https://example.com/articles/x-11616011568", null],
  ])("date from %s", (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    ["https://en.wikinews.org/wiki/X", "Wikinews"],
    ["https://www.bbc.co.uk/news/x", "BBC News"],
    ["https://news.example-site.com/a", "Example Site"],
  ])("source of %s", (url, source) => {
    expect(sourceFromUrl(url)).toBe(source);
  });
});

describe("publication dates", () => {
  it.each([
    ["2019-01-21", "2019-01-21"],
    ["2019-01-21T14:05:00+01:00", "2019-01-21T14:05:00+01:00"],
    ["January 21, 2019", "2019-01-21"],
    ["Mon, 21 Jan 2019 14:05:00 GMT", "2019-01-21"],
    ["not a date", null],
  ])("%s", (value, iso) => {
    expect(normalizeDate(value)).toBe(iso);
  });
});
