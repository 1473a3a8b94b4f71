import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { guessFormat } from "../src/input/guess-format.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const corpus = (name: string) =>
  readFileSync(new URL(`../../../../shared/corpus/wikinews/${name}`, import.meta.url), "utf8");

describe("format guessing", () => {
  it.each([
    ["<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"],
    ['  {"text": "A story.", "title": "T"}', "record"],
    ["{ not json at all", "text"],
    ["Plain story. With sentences.", "text"],
    ["<p>A fragment of a page.</p>", "html"],
  ])("%s", (input, format) => {
    expect(guessFormat(input)).toBe(format);
  });
});

describe("a saved web page", () => {
  const page = fixture("saved-page.html");
  const article = parseArticle(page, { name: "saved-page.html" });

  it("takes the metadata from JSON-LD and <meta> tags", () => {
    expect(article.title).toBe("Germany Bans Iranian Airline Over Security Fears");
    expect(article.source).toBe("The Daily Ledger");
    expect(article.authors).toEqual(["Hannah Weber", "Tomas Ruiz"]);
    expect(article.publishedAt).toBe("2019-01-21T14:05:00Z");
    expect(article.url).toBe("https://www.dailyledger.example/world/2019/01/21/germany-bans-airline");
  });

  it("keeps the story's paragraphs and leaves out navigation, captions, asides, footer and scripts", () => {
    const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
    expect(paragraphs[0]).toMatch(/^Germany on Monday banned the Iranian airline Mahan Air/);
    expect(paragraphs).toContain(
      "A spokesman for Chancellor Angela Merkel, Steffen Seibert, said it was possible that the airline carried out transports to Germany that affect our security concerns.",
    );
    expect(paragraphs).toHaveLength(5);
    for (const noise of [
      "Subscribe",
      "Related stories",
      "All rights reserved",
      "analytics",
      "Home",
      "A Mahan Air jet at",
    ]) {
      expect(article.text).not.toContain(noise);
    }
    // The in-story heading stays in the text but is not a paragraph.
    expect(article.text).toContain("Iran Responds");
    expect(paragraphs.some((p) => p.includes("Iran Responds"))).toBe(false);
  });

  it("drops the site name from a <title> when the page has no better headline", () => {
    const html = `<html><head><title>Floods Close Roads - The Valley Post</title><meta property="og:site_name" content="The Valley Post"></head>
      <body><article><p>${"Heavy rain closed roads across the valley on Sunday, officials said. ".repeat(6)}</p></article></body></html>`;
    const result = parseArticle(html);
    expect(result.title).toBe("Floods Close Roads");
    expect(result.source).toBe("The Valley Post");
  });

  it("takes a URL given with the page over the page's own", () => {
    const withUrl = parseArticle({ kind: "html", html: page, url: "https://example.org/x" });
    expect(withUrl.url).toBe("https://example.org/x");
  });

  it("extracts a bare page without article markup, one paragraph per <p>", () => {
    const html = `<html><body><p>${"Short one. ".repeat(3)}</p><p>${"Another short paragraph here. ".repeat(3)}</p></body></html>`;
    const result = parseArticle(html);
    expect(result.text).toBe(
      "Short one. Short one. Short one.\n\nAnother short paragraph here. Another short paragraph here. Another short paragraph here.",
    );
    expect(result.paragraphs).toHaveLength(2);
    expect(result.sentences).toHaveLength(6);
  });
});

describe("records", () => {
  it("keeps a Wikinews record's text exactly and takes its fields as metadata", () => {
    const json = corpus("germany-bans-mahan-air-of-iran-citing-security.json");
    const record = JSON.parse(json);
    const article = parseArticle(json, { format: "record" });
    expect(article.text).toBe(record.text);
    expect(article.title).toBe(record.title);
    expect(article.source).toBe("Wikinews");
    expect(article.publishedAt).toBe("2019-01-23");
    expect(article.text.slice(article.sentences[1]?.start, article.sentences[1]?.end)).toMatch(
      /^Germany on Monday banned/,
    );
  });

  it("fills a record's missing source and date from its URL", () => {
    const article = parseArticle({
      kind: "record",
      record: {
        url: "https://www.nytimes.com/2020/02/11/us/politics/x.html",
        text: "Voters went to the polls. Results came late.",
      },
    });
    expect(article.source).toBe("The New York Times");
    expect(article.publishedAt).toBe("2020-02-11");
    expect(article.sentences).toHaveLength(2);
  });

  it("accepts common field synonyms and normalizes a written date", () => {
    const article = parseArticle({
      kind: "record",
      record: {
        text: "A story. It ends.",
        author: "Jane Roe",
        date: "March 5, 2020",
        publisher: "Example Times",
      } as never,
    });
    expect(article.authors).toEqual(["Jane Roe"]);
    expect(article.publishedAt).toBe("2020-03-05");
    expect(article.source).toBe("Example Times");
  });

  it("uses --date as the reference date only when the article has none", () => {
    const a = parseArticle(
      { kind: "text", text: "Officials met on Monday. They agreed." },
      { referenceDate: "2020-05-05" },
    );
    expect(a.publishedAt).toBeNull();
    const b = parseArticle({ kind: "record", record: { publishedAt: "2019-01-01", text: "Officials met." } });
    expect(b.publishedAt).toBe("2019-01-01");
  });

  it("gives the same id for the same input", () => {
    const json = corpus("germany-bans-mahan-air-of-iran-citing-security.json");
    expect(parseArticle(json).id).toBe(parseArticle(json).id);
  });
});
