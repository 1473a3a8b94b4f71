import type { Piece, Scan } from "./scan.js";

/**
 * "the UK's National Crime Agency", "Russia's Federal Security Service": a named body
 * right after a state's possessive is that state's, whatever other state the story is
 * about; the state there qualifies the body and sets no scene for the names around it.
 */
export function settleOwnedBodies(scan: Scan): void {
  let byLast: Map<number, Piece> | null = null;
  for (const p of scan.pieces) {
    if (p.via !== "name" || (p.kind !== "organization" && p.kind !== "media") || p.note.affiliation) continue;
    if (scan.tokens[p.first - 1]?.kind !== "possessive") continue;
    if (!byLast) {
      byLast = new Map();
      for (const q of scan.pieces) if (q.kind === "country") byLast.set(q.last, q);
    }
    const owner = byLast.get(p.first - 2);
    if (!owner?.note.code || owner.via === "description") continue;
    p.note.affiliation = `country:${owner.note.code}`;
    owner.note.prefix = true;
  }
}
