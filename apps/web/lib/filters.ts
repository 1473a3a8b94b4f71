// Filters and the date range live in the URL, so every view can be linked and reloaded.
// The server page and the client both read them with these helpers, so they
// build the same query keys and the prefetched data hydrates.

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface Filters {
  /** First day included, YYYY-MM-DD. */
  from: string | null;
  /** Last day included, YYYY-MM-DD. */
  to: string | null;
  /** Accusation category. */
  category: string | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function readParam(params: SearchParamsInput, key: string): string | null {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : null;
}

/** A real calendar day as YYYY-MM-DD, or null. */
export function parseDay(value: string | null): string | null {
  const match = value ? ISO_DAY.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : null;
}

export function parseFilters(params: SearchParamsInput): Filters {
  let from = parseDay(readParam(params, "from"));
  let to = parseDay(readParam(params, "to"));
  // A reversed range is a slip of the hand, not a wish for nothing.
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to, category: readParam(params, "category") };
}

/** The query string (with its "?", or "") after setting or removing some keys. */
export function withParams(current: SearchParamsInput, patch: Record<string, string | null | undefined>): string {
  const next = new URLSearchParams();
  if (current instanceof URLSearchParams) {
    for (const [key, value] of current) next.append(key, value);
  } else {
    for (const [key, value] of Object.entries(current)) {
      for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) next.append(key, one);
    }
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : "";
}
