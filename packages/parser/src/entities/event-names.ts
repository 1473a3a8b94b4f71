import { eventHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// One test of the text before any token is read: most stories name no storm.
const EVENT_HEAD = new RegExp(`\\b(?:${[...eventHeads].join("|")})\\b`);

/**
 * "Hurricane Lorenzo", "Storm Lorenzo", then "Lorenzo weakened": a storm's
 * name is no person, place or body, wherever the text uses it. The name is
 * read from the words after the head, whether or not they became a mention
 * ("known as Hurricane Dorian" may leave none).
 */
export function dropEventNames(scan: Scan): void {
  if (!EVENT_HEAD.test(scan.text)) return;
  const { tokens } = scan;
  const names = new Set<string>();
  for (const p of scan.pieces) {
    if (p.via !== "name") continue;
    let head = p.first - 1;
    let nameFirst = p.first;
    if (eventHeads.has(tokens[p.first]?.text ?? "") && p.last > p.first) {
      head = p.first;
      nameFirst = p.first + 1;
    }
    if (!eventHeads.has(tokens[head]?.text ?? "") || (head < p.first && !scan.adjacent(head, p.first))) continue;
    names.add(scan.slice(nameFirst, p.last));
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!eventHeads.has(tokens[k]?.text ?? "")) continue;
    // "Tropical Storm Humberto": heads in a row, then the name
    let first = k + 1;
    while (eventHeads.has(tokens[first]?.text ?? "") && scan.adjacent(first - 1, first)) first++;
    let last = first - 1;
    while (tokens[last + 1]?.cap && tokens[last + 1]?.kind === "word" && scan.adjacent(last, last + 1)) last++;
    if (last >= first) names.add(scan.slice(first, last));
    k = last > k ? last : k;
  }
  if (!names.size) return;
  const drop = new Set<Piece>();
  for (const p of scan.pieces) {
    const own = eventHeads.has(tokens[p.first]?.text ?? "") ? scan.slice(p.first + 1, p.last) : p.note.name;
    if (p.via === "name" && (names.has(own) || names.has(p.note.name))) drop.add(p);
  }
  scan.remove(drop);
}
