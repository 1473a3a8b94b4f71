import { isPageLine } from "../segment/is-boilerplate.js";
import { splitSentences } from "../segment/split-sentences.js";
import { parseByline } from "./parse-byline.js";
import { parseDateline } from "./parse-dateline.js";
import { splitHeadline } from "./split-headline.js";

export interface Header {
  title: string | null;
  dek: string | null;
  url: string | null;
  authors: string[];
  publishedAt: string | null;
  /** Offset where the story's body starts. */
  bodyStart: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const urlLine = /^\s*<?(https?:\/\/[^\s<>]+)>?\s*$/i;
const HEADER_LINES = 8;

/**
 * Reads the lines a pasted article starts with: a headline (perhaps with its
 * standfirst on the same line or the next, perhaps under a section label),
 * and any of a URL line, a "By ..." line and a date line, in any order. The
 * header ends at the last such marker line near the top. Without any
 * marker, the first line is taken as the title only when it clearly is a
 * headline.
 */
export function readHeader(text: string): Header {
  const lines = firstLines(text, HEADER_LINES);
  const header: Header = { title: null, dek: null, url: null, authors: [], publishedAt: null, bodyStart: 0 };
  const kinds = lines.map((line) => markerKind(line.text));
  let last = lastHeaderMarker(lines, kinds);
  // Only date lines, and a first line that ends like prose: a body that mentions a date, not a header.
  if (
    last > 0 &&
    kinds.slice(0, last + 1).every((k) => k !== "url" && k !== "byline") &&
    /\.["”]?$/.test(lines[0]?.text.trim() ?? "")
  ) {
    last = -1;
  }
  if (last < 0) {
    const first = lines[0];
    if (first && isHeadline(first, lines[1])) {
      header.bodyStart = first.end;
      Object.assign(header, splitHeadline(first.text));
    } else if (first && isStoppedHeadline(text, lines)) {
      Object.assign(header, stoppedHeadline(text, lines));
    }
    return header;
  }
  const others: Line[] = [];
  for (let i = 0; i <= last; i++) {
    const line = lines[i] as Line;
    const kind = kinds[i];
    if (kind === "url") header.url ??= urlLine.exec(line.text)?.[1] ?? null;
    else if (kind === "byline") header.authors = parseByline(line.text) ?? [];
    else if (kind === "date") header.publishedAt ??= parseDateline(line.text);
    else others.push(line);
  }
  header.bodyStart = (lines[last] as Line).end;
  // A short first line over a longer unpunctuated one is a section label ("World News").
  if (others.length >= 2 && isLabel(others[0] as Line, others[1] as Line)) others.shift();
  const [titleLine, dekLine] = others;
  if (titleLine) {
    const { title, dek } = splitHeadline(titleLine.text);
    header.title = title;
    header.dek = dekLine ? dekLine.text.trim() : dek;
  }
  return header;
}

/** Index of the last marker line that still belongs to the header, or -1. */
function lastHeaderMarker(lines: Line[], kinds: (string | null)[]): number {
  let last = -1;
  let others = 0;
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    if (kinds[i]) last = i;
    else if (++others > 3 || (lines[i] as Line).text.length > 400) break;
  }
  return last;
}

function isLabel(first: Line, second: Line): boolean {
  const words = first.text.trim().split(/\s+/).length;
  return words <= 3 && second.text.trim().length > first.text.trim().length && !/[.!?]["”]?$/.test(second.text.trim());
}

function markerKind(line: string): "url" | "byline" | "date" | null {
  if (urlLine.test(line)) return "url";
  if (parseByline(line)) return "byline";
  if (line.trim().length <= 60 && parseDateline(line) && !/[.!?]["”]?\s*$/.test(line.trim())) return "date";
  return null;
}

/** A first line with no final punctuation, short, and followed by a longer paragraph. */
function isHeadline(line: Line, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (!next || text.length > 200 || /[.!?:;,"”]$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 30 && /^[\p{Lu}\p{N}"“‘']/u.test(text) && next.text.length > text.length;
}

/**
 * Some archives end a headline with a full stop or a semicolon (and some
 * headlines are questions), set it apart
 * from the story by a blank line, and may put a standfirst on the line under a
 * semicolon ("In prisoner swap, compassion vs. costs;" / "Despite criticism,
 * ..."). Without other header lines such a first line is still the title when
 * it is one short sentence set apart by a blank line from a longer paragraph:
 * a story's own first paragraph is rarely one sentence of twenty words or
 * fewer over a longer one.
 */
function isStoppedHeadline(text: string, lines: Line[]): boolean {
  const [first, second, third] = storyLines(lines);
  if (!first || !second) return false;
  const line = first.text.trim();
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 20 || !/^[\p{Lu}\p{N}"“‘']/u.test(line) || !/[.;?]["”’']?$/.test(line)) return false;
  if (splitSentences(text, { start: first.start, end: first.end }).length !== 1) return false;
  if (isBlankBetween(text, first, second)) return second.text.length > line.length;
  // A semicolon, then the standfirst on the next line, then a blank line and the story.
  return line.endsWith(";") && !!third && isBlankBetween(text, second, third) && third.text.length > second.text.length;
}

/** The title of a stopped headline, and the standfirst under a semicolon. */
function stoppedHeadline(text: string, lines: Line[]): Pick<Header, "title" | "dek" | "bodyStart"> {
  const [first, second] = storyLines(lines) as [Line, Line];
  const line = first.text.trim();
  if (!line.endsWith(";")) return { title: line, dek: null, bodyStart: first.end };
  const title = line.slice(0, -1).trim();
  if (isBlankBetween(text, first, second)) return { title, dek: null, bodyStart: first.end };
  return { title, dek: second.text.trim(), bodyStart: second.end };
}

// The first line, then the lines after it that are not page labels ("ABSTRACT.", "LETTERS.").
function storyLines(lines: Line[]): Line[] {
  return lines.filter((line, i) => i === 0 || !isPageLine(line.text));
}

function isBlankBetween(text: string, a: Line, b: Line): boolean {
  return /\n[^\S\n]*\n/.test(text.slice(a.end, b.start));
}

function firstLines(text: string, max: number): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
