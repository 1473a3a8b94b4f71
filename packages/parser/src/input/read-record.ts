import type { ArticleMeta } from "../doc.js";
import { ArticleInputError } from "../errors.js";
import type { ArticleRecord } from "../model.js";

/** Parses a JSON record string; names the input and the JSON error when it is not JSON. */
export function parseRecordJson(name: string, json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleInputError(name, "INVALID_JSON", `not valid JSON (${reason})`);
  }
}

/** Checks a record's fields and returns its text and metadata; text is kept exactly. */
export function readRecord(name: string, value: unknown): { text: string; meta: Partial<ArticleMeta> } {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ArticleInputError(
      name,
      "INVALID_RECORD",
      "a record must be a JSON object {url, title, publishedAt, source, text}",
    );
  }
  const record = value as Partial<Record<keyof ArticleRecord | "author", unknown>> & Record<string, unknown>;
  if (typeof record.text !== "string") {
    throw new ArticleInputError(name, "INVALID_RECORD", 'the record has no "text" string');
  }
  // Common synonyms in scraped records are accepted beside the documented fields.
  const authors = record.authors ?? (typeof record.author === "string" ? [record.author] : record.author);
  if (authors != null && !(Array.isArray(authors) && authors.every((a) => typeof a === "string"))) {
    throw new ArticleInputError(name, "INVALID_RECORD", '"authors" must be a list of names');
  }
  return {
    text: record.text,
    meta: {
      url: field(name, record, "url"),
      title: field(name, record, "title"),
      dek: field(name, record, "dek") ?? field(name, record, "description"),
      source: field(name, record, "source") ?? field(name, record, "publisher"),
      publishedAt:
        field(name, record, "publishedAt") ?? field(name, record, "datePublished") ?? field(name, record, "date"),
      authors: (authors as string[] | null | undefined) ?? [],
    },
  };
}

function field(name: string, record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value == null) return null;
  if (typeof value !== "string") {
    throw new ArticleInputError(name, "INVALID_RECORD", `"${key}" must be a string or null`);
  }
  return value.trim() || null;
}
