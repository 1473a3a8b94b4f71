import { emptyContext, gazetteerPiece } from "./classify-run.js";
import type { Piece, Scan } from "./scan.js";

/**
 * In a title-case headline every word is capitalised, so only names the
 * gazetteers know or the story itself uses count there.
 */
export function findHeadlineNames(scan: Scan): void {
  const known = new Map<string, Piece>();
  for (const p of scan.pieces) if (p.via === "name") known.set(scan.text.slice(p.start, p.end), p);
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
    const hit = scan.gazetteerAt(i, end);
    if (hit) {
      gazetteerPiece(scan, hit.entry, i, hit.last, emptyContext(), false);
      i = hit.last;
      continue;
    }
    for (let j = Math.min(end, i + 3); j >= i; j--) {
      const p = known.get(scan.slice(i, j));
      if (!p) continue;
      const start = tokens[i]?.start ?? 0;
      scan.add({ start, end: tokens[j]?.end ?? 0, first: i, last: j, kind: p.kind, via: "name", note: { ...p.note } });
      i = j;
      break;
    }
  }
}
