import { honorifics, orgHeads, orgSuffixes, titleHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

// Small words a title may hold between its capitalised ones: "State of the Union".
const SMALL = new Set(["of", "the", "and", "for", "in", "on", "a", "to", "with"]);
// The most words a title may hold before the name at its end.
const MAX_BEFORE = 4;

/**
 * ABC's "Good Morning America", MSNBC's "Morning Joe", "The Rachel Maddow Show", the film "The
 * Revenant": a short quotation in title case whose last words became a name, with words of the
 * title before it that are no part of that name, is the title of a show, a book or a slogan, not
 * a participant. A name after a title or an honorific ("Senator Cruz") and a body's full name
 * ("We The People Foundation") stay.
 */
export function dropQuotedTitles(scan: Scan): void {
  const drop = new Set<Piece>();
  for (const p of scan.pieces) if (p.via === "name" && endsQuotedTitle(scan, p)) drop.add(p);
  scan.remove(drop);
}

function endsQuotedTitle(scan: Scan, p: Piece): boolean {
  const { tokens } = scan;
  if (p.kind !== "organization" && p.kind !== "media" && p.kind !== "person") return false;
  const lastWord = tokens[p.last]?.text ?? "";
  if (orgSuffixes.has(lastWord) || orgHeads.has(lastWord)) return false;
  // the quotation closes right after the name, perhaps after a comma or a full stop
  let c = p.last + 1;
  if (tokens[c]?.text === "," || tokens[c]?.text === ".") c++;
  if (!closesQuote(scan, c)) return false;
  // title-case words before the name, back to the quotation's opening
  let words = 0;
  let k = p.first - 1;
  for (; k >= 0 && words <= MAX_BEFORE; k--) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || !scan.adjacent(k, k + 1)) break;
    if (!t.cap && !SMALL.has(t.text)) return false;
    if (titleHeads.has(scan.lower(k)) || honorifics.has(t.text)) return false;
    words++;
  }
  return words > 0 && words <= MAX_BEFORE && opensQuote(scan, k);
}

// A quotation mark (“, ", or '' written as two marks) ending at token k and touching the word after it.
function opensQuote(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  const next = scan.tokens[k + 1];
  if (!t || !next || t.end !== next.start) return false;
  if (t.text === "“" || t.text === '"') return true;
  return t.text === "'" && scan.tokens[k - 1]?.text === "'" && scan.tokens[k - 1]?.end === t.start;
}

// A closing quotation mark at token k, touching the token before it.
function closesQuote(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  const prev = scan.tokens[k - 1];
  if (!t || !prev || prev.end !== t.start) return false;
  if (t.text === "”" || t.text === '"') return true;
  return t.text === "'" && scan.tokens[k + 1]?.text === "'" && scan.tokens[k + 1]?.start === t.end;
}
