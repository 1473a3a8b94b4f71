import {
  type ArticleInput,
  ArticleInputError,
  type ArticleRecord,
  type ParsedArticle,
  parseArticle,
} from "@newsgraph/parser";
import type { Kysely } from "kysely";
import { rawSqlite } from "../db/database.js";
import type { Database } from "../db/tables.js";
import { kyselyWriter, type RowWriter, sqliteWriter } from "./insert-rows.js";
import { type StoreResult, storeArticle } from "./store-article.js";

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

/** Stores one parsed article in its own transaction. */
export async function ingestParsed(db: Kysely<Database>, parsed: ParsedArticle, name: string): Promise<IngestOutcome> {
  try {
    const result = await db.transaction().execute((trx) => storeArticle(trx, parsed, writerFor(db, trx)));
    return { ok: true, name, ...result };
  } catch (error) {
    return { ok: false, name, reason: `could not store: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Stores many parsed articles, a batch a transaction (one commit instead of
 * hundreds). If a batch fails, its articles are retried one by one so one bad
 * article does not cost the others.
 */
export async function ingestBatch(
  db: Kysely<Database>,
  batch: { parsed: ParsedArticle; name: string }[],
): Promise<IngestOutcome[]> {
  try {
    return await db.transaction().execute(async (trx) => {
      const out: IngestOutcome[] = [];
      const write = writerFor(db, trx);
      for (const { parsed, name } of batch) out.push({ ok: true, name, ...(await storeArticle(trx, parsed, write)) });
      return out;
    });
  } catch {
    const out: IngestOutcome[] = [];
    for (const { parsed, name } of batch) out.push(await ingestParsed(db, parsed, name));
    return out;
  }
}
