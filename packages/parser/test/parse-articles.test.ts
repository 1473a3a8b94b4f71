import { describe, expect, it } from "vitest";
import { ArticleInputError, type ArticleJob, parseArticle, parseArticles } from "../src/index.js";

// Invented articles: parseArticles reads them stage by stage, and each result
// must be what parseArticle gives for that article alone.
const jobs: ArticleJob[] = [
  {
    input: {
      kind: "text",
      text: 'Harbour Council Accused Of Hiding Report\n\nMayor Ilse Varga accused the Harbour Council of hiding a flood report on Tuesday. "We never hid anything," council spokesman Piet Laan said.',
    },
    options: { name: "a.txt", referenceDate: "2031-04-10" },
  },
  { input: "", options: { name: "empty.txt" } },
  {
    input: {
      kind: "text",
      text: "Minister Defends Rail Plan\n\nTransport minister Oona Delacroix rejected claims by the Green Union that the rail plan was rushed. She said the plan had been debated for two years.",
    },
    options: { name: "b.txt" },
  },
];

describe("parseArticles", () => {
  const outcomes = parseArticles(jobs);

  it("gives each article what parseArticle gives it alone, in input order", () => {
    expect(outcomes).toHaveLength(3);
    for (const k of [0, 2]) {
      const job = jobs[k] as ArticleJob;
      expect(outcomes[k]).toEqual({ article: parseArticle(job.input, job.options) });
    }
    const first = outcomes[0];
    expect(first && "article" in first && first.article.accusations.length).toBeGreaterThan(0);
  });

  it("returns an unusable input's error in its place without stopping the others", () => {
    const bad = outcomes[1];
    expect(bad && "error" in bad && bad.error).toBeInstanceOf(ArticleInputError);
    expect(String(bad && "error" in bad ? (bad.error as Error).message : "")).toMatch(/^empty\.txt: input is empty/);
  });

  it("gives the same results whatever the batch holds", () => {
    const alone = parseArticles([jobs[2] as ArticleJob]);
    expect(alone[0]).toEqual(outcomes[2]);
    expect(parseArticles([])).toEqual([]);
  });
});
