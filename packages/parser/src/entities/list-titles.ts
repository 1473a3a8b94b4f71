import { titleHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * "Representatives Eliot Engel, Adam Schiff, and Elijah Cummings": a plural title
 * before a list of names is each listed person's, not only the first one's. The
 * people after the first take its title and affiliation when they have none.
 */
export function shareListTitles(scan: Scan): void {
  let byFirst: Map<number, Piece> | null = null;
  for (const p of scan.pieces) {
    const title = p.note.title;
    if (p.kind !== "person" || p.via !== "name" || !title || !pluralHead(title)) continue;
    if (!byFirst) {
      byFirst = new Map();
      for (const q of scan.pieces) byFirst.set(q.first, q);
    }
    let j = p.last + 1;
    for (;;) {
      let k = j;
      while (scan.lower(k) === "," || scan.lower(k) === "and") k++;
      const q = k > j ? byFirst.get(k) : undefined;
      if (!q || q.kind !== "person" || q.via !== "name" || q.note.title) break;
      q.note.title = title;
      q.note.affiliation ??= p.note.affiliation ?? null;
      j = q.last + 1;
    }
  }
}

// "Representatives", "Senators": a title whose last word is a plural of a title's head word.
function pluralHead(title: string): boolean {
  const last = title.slice(title.lastIndexOf(" ") + 1).toLowerCase();
  return last.length > 3 && last.endsWith("s") && titleHeads.has(last.slice(0, -1));
}
