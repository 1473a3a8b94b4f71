import { gazetteer } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// Two capitalised names joined by one hyphen: "Rubio-Schumer", "EU-Turkey", "Clinton-Kaine".
const PAIR = /^(\p{Lu}[\p{L}.']+)-(\p{Lu}[\p{L}.']+)$/u;

/**
 * "the 2013 Rubio-Schumer amnesty plan", "the EU-Turkey deal", "a Trump-Clinton race": two names
 * the text (or a gazetteer) knows each on its own, joined by a hyphen before a lower-case noun,
 * qualify that noun: the pair is no body. One-word names whose halves the text never names
 * alone ("Coca-Cola", "Hewlett-Packard", "AFL-CIO") stay.
 */
export function dropNamePairs(scan: Scan): void {
  const { tokens } = scan;
  const pairs: Piece[] = [];
  for (const p of scan.pieces) {
    if (p.via !== "name" || p.first !== p.last || (p.kind !== "organization" && p.kind !== "person")) continue;
    const next = tokens[p.last + 1];
    if (next?.kind !== "word" || next.cap || !PAIR.test(tokens[p.first]?.text ?? "")) continue;
    pairs.push(p);
  }
  if (!pairs.length) return;
  // the words the text's other names end with ("Marco Rubio" → "Rubio") or are ("Turkey")
  const named = new Set<string>();
  for (const p of scan.pieces) {
    if (p.first === p.last && PAIR.test(tokens[p.first]?.text ?? "")) continue;
    named.add(tokens[p.last]?.text ?? "");
    named.add(p.note.name);
  }
  const known = (half: string | undefined) => !!half && (named.has(half) || gazetteer.has(half));
  const drop = new Set<Piece>();
  for (const p of pairs) {
    const m = PAIR.exec(tokens[p.first]?.text ?? "");
    if (m && known(m[1]) && known(m[2])) drop.add(p);
  }
  scan.remove(drop);
}
