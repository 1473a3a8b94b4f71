import { addMessage, type Doc } from "../doc.js";
import type { ParseOptions } from "../model.js";
import { dateFromUrl } from "./date-from-url.js";
import { dateInFileName } from "./date-in-name.js";
import { datelineSource } from "./dateline-source.js";
import { normalizeDate } from "./normalize-date.js";
import { parseDateline } from "./parse-dateline.js";
import { readHeader } from "./read-header.js";
import { sourceFromUrl } from "./source-from-url.js";
import { sourceInFileName } from "./source-in-name.js";

/**
 * Fills what the input did not give: title, standfirst, URL, byline and date
 * from a pasted header; the publisher from the URL's site, a dateline's credit
 * or the outlet that starts the file's name; the publication
 * date from the URL, a dateline or, last, a date in the input's file name.
 * Sets where the body starts and the
 * reference date that relative dates resolve against.
 */
export function extractMetadata(doc: Doc, options: ParseOptions): void {
  const meta = doc.meta;
  const header = readHeader(doc.text);
  if (meta.title === null) {
    meta.title = header.title;
    meta.dek ??= header.dek;
    doc.bodyStart = Math.max(doc.bodyStart, header.bodyStart);
  } else {
    // A record or page whose text repeats its own headline: skip that line.
    const first = /^\s*([^\n]*)/.exec(doc.text);
    if (first?.[1] && normalize(first[1]) === normalize(meta.title)) {
      doc.bodyStart = Math.max(doc.bodyStart, (first.index ?? 0) + first[0].length);
    }
    if (header.url || header.authors.length) doc.bodyStart = Math.max(doc.bodyStart, header.bodyStart);
  }
  if (meta.publishedAt) {
    const given = meta.publishedAt;
    meta.publishedAt = normalizeDate(given);
    if (!meta.publishedAt) addMessage(doc, "metadata:published-date", `could not read the publication date "${given}"`);
  }
  meta.url ??= header.url;
  if (!meta.authors.length) meta.authors = header.authors;
  meta.publishedAt ??= header.publishedAt ?? (meta.url ? dateFromUrl(meta.url) : null) ?? bodyDateline(doc);
  // An explicit reference date is the caller's word on when the article is from: it beats a guess from the name.
  if (!meta.publishedAt && !options.referenceDate && options.name) {
    meta.publishedAt = dateInFileName(options.name);
    if (meta.publishedAt)
      addMessage(doc, "metadata:published-date", `publication date ${meta.publishedAt} taken from the file name`);
  }
  meta.source ??= (meta.url ? sourceFromUrl(meta.url) : null) ?? datelineSource(doc.text.slice(doc.bodyStart));
  if (!meta.source && options.name) {
    meta.source = sourceInFileName(options.name);
    if (meta.source) addMessage(doc, "metadata:source", `publisher ${meta.source} taken from the file name`);
  }
  doc.referenceDate = referenceDate(doc, options);
}

function bodyDateline(doc: Doc): string | null {
  const line = /^\s*([^\n]*)/.exec(doc.text.slice(doc.bodyStart, doc.bodyStart + 200));
  return line?.[1] ? parseDateline(line[1]) : null;
}

function referenceDate(doc: Doc, options: ParseOptions): string | null {
  const published = /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.publishedAt ?? "")?.[0];
  if (published) return published;
  const given = options.referenceDate ?? null;
  if (given && !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    addMessage(doc, "metadata:reference-date", `ignored reference date "${given}": expected YYYY-MM-DD`);
    return null;
  }
  return given;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}
