import {
  type ArticleInput,
  ArticleInputError,
  type ArticleRecord,
  type ParsedArticle,
  parseArticle,
  parseArticles,
} from "@newsgraph/parser";
import { type ArticlePlan, planArticle } from "./plan-article.js";

// Parsing and planning: the part of ingest that needs no database, so parse workers load only this.

// A record's own fields are authoritative metadata; fill any the parser left empty.
function withRecordMeta(parsed: ParsedArticle, record: ArticleRecord): ParsedArticle {
  return {
    ...parsed,
    url: parsed.url ?? record.url ?? null,
    title: parsed.title ?? record.title ?? null,
    source: parsed.source ?? record.source ?? null,
    publishedAt: parsed.publishedAt ?? record.publishedAt ?? null,
    authors: parsed.authors.length > 0 ? parsed.authors : (record.authors ?? []),
  };
}

type ParseResult =
  | { ok: true; parsed: ParsedArticle }
  | { ok: false; reason: string; code: ArticleInputError["code"] | "PARSER_FAILED" };

/** What one input's parse gave, as a result: a parse failure becomes a reason, never a throw. */
function parseResult(input: ArticleInput, outcome: { article: ParsedArticle } | { error: unknown }): ParseResult {
  if ("article" in outcome) {
    const parsed = outcome.article;
    return {
      ok: true,
      parsed: typeof input === "object" && input.kind === "record" ? withRecordMeta(parsed, input.record) : parsed,
    };
  }
  const error = outcome.error;
  if (error instanceof ArticleInputError) return { ok: false, reason: error.message, code: error.code };
  return {
    ok: false,
    code: "PARSER_FAILED",
    reason: `parser failed: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/** Parses one input; a parse failure becomes a reason, never a throw. */
export function parseInput(input: ArticleInput, name: string, referenceDate?: string | null): ParseResult {
  let outcome: { article: ParsedArticle } | { error: unknown };
  try {
    outcome = { article: parseArticle(input, { name, referenceDate: referenceDate ?? null }) };
  } catch (error) {
    outcome = { error };
  }
  return parseResult(input, outcome);
}

export type Planned = { ok: true; plan: ArticlePlan } | { ok: false; reason: string };

function plan(parsed: ParseResult): Planned {
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, plan: planArticle(parsed.parsed) };
  } catch (error) {
    return { ok: false, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Parses one input and plans its rows: the part of ingest that needs no database (a worker thread runs it). */
export function parseAndPlan(input: ArticleInput, name: string, referenceDate?: string | null): Planned {
  return plan(parseInput(input, name, referenceDate));
}

// Articles the parser reads together, stage by stage (as its command line does).
const parseBatch = 32;

/**
 * `parseAndPlan` for many inputs, each with the same result as alone, parsed a few dozen at a
 * time with the parser's `parseArticles`: stage by stage over the batch, which costs the parser
 * about a fifth to a third less CPU than one article at a time (BENCHMARKS.md).
 */
export function parseAndPlanMany(
  items: readonly { name: string; input: ArticleInput }[],
  referenceDate?: string | null,
): Planned[] {
  const out: Planned[] = [];
  for (let i = 0; i < items.length; i += parseBatch) {
    const chunk = items.slice(i, i + parseBatch);
    let outcomes: ({ article: ParsedArticle } | { error: unknown })[];
    try {
      outcomes = parseArticles(
        chunk.map((item) => ({
          input: item.input,
          options: { name: item.name, referenceDate: referenceDate ?? null },
        })),
      );
    } catch {
      // parseArticles reports each article's failure in its outcome; should it throw anyway, parse one by one.
      outcomes = chunk.map((item) => {
        try {
          return { article: parseArticle(item.input, { name: item.name, referenceDate: referenceDate ?? null }) };
        } catch (error) {
          return { error };
        }
      });
    }
    chunk.forEach((item, k) => {
      out.push(plan(parseResult(item.input, outcomes[k] ?? { error: new Error("no result") })));
    });
  }
  return out;
}
