import { emptyContext, gazetteerPiece } from "./classify-run.js";
import { gazetteer } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * In a title-case headline every word is capitalised, so only names the
 * gazetteers know or the story itself uses count there.
 */
export function findHeadlineNames(scan: Scan): void {
  if (!scan.headline.includes(1)) return;
  const known = new Map<string, Piece>();
  for (const p of scan.pieces) if (p.via === "name") known.set(scan.text.slice(p.start, p.end).toLowerCase(), p);
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.headline[i] || scan.named[i] || tokens[i]?.kind !== "word" || !tokens[i]?.cap) continue;
    let end = i;
    while (
      end + 1 < tokens.length &&
      scan.headline[end + 1] &&
      scan.adjacent(end, end + 1) &&
      tokens[end + 1]?.kind === "word"
    )
      end++;
    const hit = scan.gazetteerAt(i, end) ?? capsGazetteerAt(scan, i, end);
    if (hit) {
      gazetteerPiece(scan, hit.entry, i, hit.last, emptyContext(), false);
      i = hit.last;
      continue;
    }
    for (let j = Math.min(end, i + 3); j >= i; j--) {
      const p = known.get(scan.slice(i, j).toLowerCase());
      if (!p) continue;
      const start = tokens[i]?.start ?? 0;
      scan.add({ start, end: tokens[j]?.end ?? 0, first: i, last: j, kind: p.kind, via: "name", note: { ...p.note } });
      i = j;
      break;
    }
  }
}

const titleCase = (w: string) =>
  w.includes(".")
    ? w
    : w.toLowerCase().replace(/(^|[-‐])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

// An all-capitals headline ("CHINA SAYS TAIWAN SPOILS ATMOSPHERE"): look names up in title case.
function capsGazetteerAt(scan: Scan, i: number, end: number) {
  const { tokens } = scan;
  if (!isCaps(tokens[i]?.text ?? "")) return null;
  for (let j = Math.min(end, i + 5); j >= i; j--) {
    const words = tokens.slice(i, j + 1).map((t) => t.text);
    for (const key of [words.map(titleCase).join(" "), words.join(" ")]) {
      const entry = gazetteer.get(key);
      if (entry) return { entry, last: j };
    }
  }
  return null;
}

const isCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
