import { siteOf } from "./source-from-url.js";

/**
 * A publication date written into an article URL: a dated path
 * (/2021/03/17/, /2021-03-17/, /20210317/) or, for sites known to do so, an
 * article id ending in a Unix timestamp after a leading 1 ("...-11616011568").
 */
export function dateFromUrl(url: string): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const dated =
    /\/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/._-]|$)/.exec(path) ??
    /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/._-]|$)/.exec(path);
  if (dated) {
    const date = isoDate(Number(dated[1]), Number(dated[2]), Number(dated[3]));
    if (date) return date;
  }
  if (siteOf(url)?.urlTimestamp) {
    const id = /-1(\d{10})(?:[/.]|$)/.exec(path);
    if (id?.[1]) return new Date(Number(id[1]) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
