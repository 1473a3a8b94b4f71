import {
  type ArticleInput,
  ArticleInputError,
  type ArticleRecord,
  type ParsedArticle,
  parseArticle,
} from "@newsgraph/parser";
import type { Kysely } from "kysely";
import { rawSqlite } from "../db/database.js";
import { bumpGeneration } from "../db/generation.js";
import type { Database } from "../db/tables.js";
import { kyselyWriter, type RowWriter, sqliteWriter } from "./insert-rows.js";
import { type ArticlePlan, planArticle } from "./plan-article.js";
import { type StoreResult, storeArticle, storePlan } from "./store-article.js";

function writerFor(db: Kysely<Database>, trx: Kysely<Database>): RowWriter {
  const raw = rawSqlite.get(db);
  return raw ? sqliteWriter(raw) : kyselyWriter(trx);
}

export type IngestOutcome = (StoreResult & { ok: true; name: string }) | { ok: false; name: string; reason: string };

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

/** Stores one parsed article in its own transaction. */
export async function ingestParsed(db: Kysely<Database>, parsed: ParsedArticle, name: string): Promise<IngestOutcome> {
  try {
    const result = await db.transaction().execute((trx) => storeArticle(trx, parsed, writerFor(db, trx)));
    return { ok: true, name, ...result };
  } catch (error) {
    return { ok: false, name, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Stores one planned article in its own transaction. */
async function ingestPlan(db: Kysely<Database>, plan: ArticlePlan, name: string): Promise<IngestOutcome> {
  try {
    const result = await db.transaction().execute((trx) => storePlan(trx, plan, writerFor(db, trx)));
    return { ok: true, name, ...result };
  } catch (error) {
    return { ok: false, name, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Stores many planned articles, a batch a transaction (one commit instead of
 * hundreds) that marks the data changed once. If a batch fails, its articles
 * are retried one by one so one bad article does not cost the others.
 */
export async function ingestBatch(
  db: Kysely<Database>,
  batch: { plan: ArticlePlan; name: string }[],
): Promise<IngestOutcome[]> {
  try {
    return await db.transaction().execute(async (trx) => {
      const out: IngestOutcome[] = [];
      const write = writerFor(db, trx);
      for (const { plan, name } of batch) {
        out.push({ ok: true, name, ...(await storePlan(trx, plan, write, { bumpGeneration: false })) });
      }
      if (out.some((o) => o.ok && o.status !== "UNCHANGED")) await bumpGeneration(trx);
      return out;
    });
  } catch {
    const out: IngestOutcome[] = [];
    for (const { plan, name } of batch) out.push(await ingestPlan(db, plan, name));
    return out;
  }
}
