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
 * standfirst on the same line or the next), then any of a URL line, a
 * "By ..." line and a date line. Without any of those markers, the first
 * line is taken as the title only when it clearly is a headline.
 */
export function readHeader(text: string): Header {
  const lines = firstLines(text, HEADER_LINES);
  const header: Header = { title: null, dek: null, url: null, authors: [], publishedAt: null, bodyStart: 0 };
  const isMarker = (line: Line | undefined) => !!line && markerKind(line.text) !== null;
  let i = 0;
  let titleLine: Line | undefined;
  let dekLine: Line | undefined;
  if (lines[0] && !isMarker(lines[0]) && lines[0].text.length <= 400) {
    titleLine = lines[0];
    i = 1;
    if (lines[1] && !isMarker(lines[1]) && isMarker(lines[2]) && lines[1].text.length <= 400) {
      dekLine = lines[1];
      i = 2;
    }
  }
  let markers = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const kind = markerKind(line.text);
    if (!kind) break;
    markers++;
    header.bodyStart = line.end;
    if (kind === "url") header.url ??= urlLine.exec(line.text)?.[1] ?? null;
    else if (kind === "byline") header.authors = parseByline(line.text) ?? [];
    else header.publishedAt ??= parseDateline(line.text);
  }
  if (!titleLine) return header;
  if (markers === 0) {
    if (!isHeadline(titleLine, lines[1])) return header;
    header.bodyStart = titleLine.end;
  }
  const { title, dek } = splitHeadline(titleLine.text);
  header.title = title;
  header.dek = dekLine ? dekLine.text.trim() : dek;
  return header;
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

function firstLines(text: string, max: number): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
