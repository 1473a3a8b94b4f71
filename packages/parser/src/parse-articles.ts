import type { Doc } from "./doc.js";
import { readInput } from "./input/read-input.js";
import type { ArticleInput, ParsedArticle, ParseOptions } from "./model.js";
import { STAGES } from "./parse-article.js";
import { toParsedArticle } from "./to-parsed-article.js";

export interface ArticleJob {
  input: ArticleInput;
  options?: ParseOptions;
}

/** One article's result: what parseArticle returns, or what it throws. */
export type ArticleOutcome = { article: ParsedArticle } | { error: unknown };

/**
 * Parses several articles, each exactly as parseArticle would, but stage by
 * stage: every article goes through one stage before any goes through the
 * next. A stage's code and word lists then stay in the processor's caches
 * for the whole batch instead of being displaced by the other ten stages
 * after each article, which on this pipeline saves about a fifth of the
 * CPU time (see BENCHMARKS.md). Every article is read on its own (no state
 * passes from one to another), so each result is the same as alone; an
 * article whose input or a stage throws gets that error and skips the rest.
 * Memory grows with the batch: callers pass a few dozen articles at a time.
 */
export function parseArticles(jobs: readonly ArticleJob[]): ArticleOutcome[] {
  const outcomes: (ArticleOutcome | null)[] = jobs.map(() => null);
  const docs: (Doc | null)[] = jobs.map((job, i) => {
    try {
      return readInput(job.input, job.options ?? {});
    } catch (error) {
      outcomes[i] = { error };
      return null;
    }
  });
  for (const stage of STAGES)
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (!doc) continue;
      try {
        stage(doc, jobs[i]?.options ?? {});
      } catch (error) {
        outcomes[i] = { error };
        docs[i] = null;
      }
    }
  return outcomes.map((outcome, i) => {
    const doc = docs[i];
    if (outcome || !doc) return outcome as ArticleOutcome;
    try {
      return { article: toParsedArticle(doc) };
    } catch (error) {
      return { error };
    }
  });
}
