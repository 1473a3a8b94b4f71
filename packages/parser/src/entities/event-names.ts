import { eventHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * "Hurricane Lorenzo", "Storm Lorenzo", then "Lorenzo weakened": a storm's
 * name is no person, place or body, wherever the text uses it.
 */
export function dropEventNames(scan: Scan): void {
  const { tokens } = scan;
  let names: Set<string> | null = null;
  for (const p of scan.pieces) {
    if (p.via !== "name") continue;
    let head = p.first - 1;
    let nameFirst = p.first;
    if (eventHeads.has(tokens[p.first]?.text ?? "") && p.last > p.first) {
      head = p.first;
      nameFirst = p.first + 1;
    }
    if (!eventHeads.has(tokens[head]?.text ?? "") || (head < p.first && !scan.adjacent(head, p.first))) continue;
    names ??= new Set();
    names.add(scan.slice(nameFirst, p.last));
  }
  if (!names) return;
  const keep: Piece[] = [];
  for (const p of scan.pieces) {
    const own = eventHeads.has(tokens[p.first]?.text ?? "") ? scan.slice(p.first + 1, p.last) : p.note.name;
    if (p.via === "name" && (names.has(own) || names.has(p.note.name))) continue;
    keep.push(p);
  }
  scan.pieces.splice(0, scan.pieces.length, ...keep);
}
