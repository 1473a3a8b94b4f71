import { emptyContext, gazetteerPiece } from "./classify-run.js";
import { englishWordSet, gazetteer } from "./lexicon.js";
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
  const surnames = personSurnames(scan);
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
    // the story's own reading of a name beats a list's when it is as long ("LEEDS UNITED" → Leeds United)
    let j = Math.min(end, i + 3);
    while (j >= i && !known.has(scan.slice(i, j).toLowerCase())) j--;
    if (hit && hit.last > j) {
      gazetteerPiece(scan, hit.entry, i, hit.last, emptyContext(), false);
      i = hit.last;
      continue;
    }
    const p = j >= i ? known.get(scan.slice(i, j).toLowerCase()) : undefined;
    if (p) {
      const start = tokens[i]?.start ?? 0;
      scan.add({ start, end: tokens[j]?.end ?? 0, first: i, last: j, kind: p.kind, via: "name", note: { ...p.note } });
      i = j;
      continue;
    }
    // "OWEN INJURED": the surname of a person the story names in full
    const next = tokens[i + 1];
    const alone = i === end || !next?.cap || englishWordSet.has(scan.lower(i + 1));
    const person = alone ? surnames.get(scan.lower(i)) : undefined;
    if (person && isCaps(tokens[i]?.text ?? "")) {
      const t = tokens[i] as (typeof tokens)[number];
      scan.add({
        start: t.start,
        end: t.end,
        first: i,
        last: i,
        kind: "person",
        via: "name",
        note: { ...person.note },
      });
    }
  }
}

// The last word of each person the story names with two or more words.
function personSurnames(scan: Scan): Map<string, Piece> {
  const out = new Map<string, Piece>();
  for (const p of scan.pieces)
    if (p.kind === "person" && p.via === "name" && p.last > p.first)
      out.set(scan.tokens[p.last]?.text.toLowerCase() ?? "", p);
  return out;
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
