import { parseDateline } from "./parse-dateline.js";

/**
 * A publication date as ISO 8601: kept when it already is one, read from a
 * written date ("January 21, 2019", "Mon, 21 Jan 2019 14:05:00 GMT")
 * otherwise. Null when no date can be read from it.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    return text.replace(" ", "T");
  }
  const written = parseDateline(text);
  if (written) return written;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
