import {
  type ArticleInput,
  ArticleInputError,
  type ArticleRecord,
  type ParsedArticle,
  parseArticle,
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

/** Parses one input; a parse failure becomes a reason, never a throw. */
export function parseInput(
  input: ArticleInput,
  name: string,
  referenceDate?: string | null,
):
  | { ok: true; parsed: ParsedArticle }
  | { ok: false; reason: string; code: ArticleInputError["code"] | "PARSER_FAILED" } {
  try {
    const parsed = parseArticle(input, { name, referenceDate: referenceDate ?? null });
    return {
      ok: true,
      parsed: typeof input === "object" && input.kind === "record" ? withRecordMeta(parsed, input.record) : parsed,
    };
  } catch (error) {
    if (error instanceof ArticleInputError) return { ok: false, reason: error.message, code: error.code };
    return {
      ok: false,
      code: "PARSER_FAILED",
      reason: `parser failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export type Planned = { ok: true; plan: ArticlePlan } | { ok: false; reason: string };

/** Parses one input and plans its rows: the part of ingest that needs no database (a worker thread runs it). */
export function parseAndPlan(input: ArticleInput, name: string, referenceDate?: string | null): Planned {
  const parsed = parseInput(input, name, referenceDate);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, plan: planArticle(parsed.parsed) };
  } catch (error) {
    return { ok: false, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}
