import { slug } from "./classify-run.js";
import { descriptorNouns, firstNameGender, titleHeads } from "./lexicon.js";
import type { Piece, Scan } from "./scan.js";

/**
 * "the voter registration group Mi Familia Vota", "super PAC Priorities USA Action", "the
 * advocacy group America's Voice", "a consulting firm, Acme Partners," and "Acme Partners, a
 * Latino political-consulting firm": a body's common noun (data: descriptorNouns) introduces a
 * name, which is that body's in full, though it holds ordinary words ("Priorities", "Voice")
 * or a country ("America") that the run rules leave out. Run once the lone names are settled:
 * a person the text knows ("the group Trump attacked") is left alone.
 */
export function findDescribedBodies(scan: Scan): void {
  const { tokens } = scan;
  const found: { first: number; last: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // (a headline's "Super PAC Chief Praises ..." capitalises every word)
    if (!t || t.kind !== "word" || !descriptorNouns.has(t.text) || scan.headline[k]) continue;
    // "the group Mi Familia Vota", "the firm, Acme Partners,"
    let first = k + 1;
    const comma = tokens[first]?.text === ",";
    if (comma) first++;
    else if (!scan.adjacent(k, first)) first = -1;
    let last = first >= 0 ? nameEnd(scan, first) : -1;
    // (after a comma, the name stands alone between commas or before the sentence's end)
    if (last >= 0 && comma && !CLOSERS.has(tokens[last + 1]?.text ?? "")) last = -1;
    if (last >= 0) {
      found.push({ first, last });
      k = last;
      continue;
    }
    // "Acme Partners, a Latino political-consulting firm": the noun closes an apposition
    const named = appositionBefore(scan, k);
    if (named) found.push(named);
  }
  if (!found.length) return;
  // "the group Trump attacked": a lone surname of a person the text names in full stays the person
  const surnames = new Set<string>();
  for (const p of scan.pieces)
    if (p.kind === "person" && p.last > p.first) surnames.add(scan.tokens[p.last]?.text ?? "");
  for (const f of found) addBody(scan, f.first, f.last, surnames);
}

const CLOSERS = new Set([",", ".", ";", ")", "—", "–"]);
// the small words a body's name runs on through before another capital: "Club for Growth",
// "Correct the Record"
const JOINERS = new Set(["of", "for", "and", "the", "de", "del", "la"]);
// what may follow the noun that closes an apposition: the end of the phrase or a clause about it
const AFTER_APPOSED = new Set([",", ".", ";", ")", "that", "which", "based", "founded", "run", "whose", "with"]);
// at most this many words between the apposition's "a" and its noun ("a Latino political-consulting")
const MAX_MODIFIERS = 4;

/** The last token of the capitalised name that starts at `first` (-1: none starts there). */
function nameEnd(scan: Scan, first: number): number {
  const { tokens } = scan;
  const t = tokens[first];
  if (!t || t.kind !== "word" || !t.cap || t.lineStart || scan.isOrdinaryCapital(first)) return -1;
  // "the firm's chief", "the group Chairman Jo Roe": a title opens a person's name
  if (titleHeads.has(scan.lower(first))) return -1;
  let last = first;
  for (;;) {
    const n = tokens[last + 1];
    if (!n || !scan.adjacent(last, last + 1)) break;
    // past its first word a name's capitals mid-sentence are its own: "Showing Up for Racial Justice"
    if (n.kind === "word" && n.cap && !n.lineStart && !n.sentStart) {
      last++;
      continue;
    }
    // "America's Voice": a possessive inside the name, before another capital
    const after = tokens[last + 2];
    if (
      (n.kind === "possessive" || (n.kind === "word" && JOINERS.has(n.text))) &&
      after?.kind === "word" &&
      after.cap &&
      scan.adjacent(last + 1, last + 2)
    ) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

/** "Acme Partners, a Latino political-consulting firm": the name before the apposition ending in the noun at `k`. */
function appositionBefore(scan: Scan, k: number): { first: number; last: number } | null {
  const { tokens } = scan;
  if (!AFTER_APPOSED.has(scan.lower(k + 1))) return null;
  let a = k - 1;
  while (a > k - 1 - MAX_MODIFIERS && a >= 0 && tokens[a]?.kind === "word" && !ARTICLES.has(scan.lower(a))) {
    // no preposition nor verb between: "a partner in the firm", "a lawyer who runs a firm"
    if (!tokens[a]?.cap && !/^[a-z-]+$/.test(tokens[a]?.text ?? "")) return null;
    if (NOT_MODIFIERS.has(scan.lower(a))) return null;
    a--;
  }
  if (!ARTICLES.has(scan.lower(a)) || tokens[a - 1]?.text !== ",") return null;
  const last = a - 2;
  // the name: the piece that ends right before the comma, or the capitals there mid-sentence
  for (const p of scan.pieces) if (p.last === last && p.via === "name") return { first: p.first, last };
  let first = last;
  while (tokens[first]?.kind === "word" && tokens[first]?.cap && !tokens[first]?.sentStart) {
    if (!tokens[first - 1]?.cap || !scan.adjacent(first - 1, first)) break;
    first--;
  }
  const t = tokens[first];
  if (!t || t.kind !== "word" || !t.cap || t.sentStart || first === last || scan.isOrdinaryCapital(first)) return null;
  return { first, last };
}

const ARTICLES = new Set(["a", "an"]);
const NOT_MODIFIERS = new Set([
  "in",
  "at",
  "of",
  "for",
  "with",
  "who",
  "that",
  "which",
  "whose",
  "and",
  "or",
  "to",
  "from",
  "by",
  "on",
  "the",
  "his",
  "her",
  "their",
  "its",
]);

// The body from `first` to `last`: it replaces the pieces inside it, unless one of them is a
// person the text names by a given name or a title, or a known place's or state's name alone.
function addBody(scan: Scan, first: number, last: number, surnames: Set<string>): void {
  if (first === last && surnames.has(scan.tokens[first]?.text ?? "")) return;
  const inside = scan.pieces.filter((p) => p.last >= first && p.first <= last);
  for (const p of inside) {
    if (p.first < first || p.last > last) return;
    if (p.kind === "person" && (p.note.title || firstNameGender.has(scan.tokens[p.first]?.text ?? ""))) return;
    if ((p.kind === "country" || p.kind === "location") && p.first === first && p.last === last) return;
    if (p.kind === "media") return;
  }
  scan.remove(new Set<Piece>(inside));
  const name = scan.slice(first, last);
  scan.add({
    start: scan.tokens[first]?.start ?? 0,
    end: scan.tokens[last]?.end ?? 0,
    first,
    last,
    kind: "organization",
    via: "name",
    note: { key: `org:${slug(name)}`, name, affiliation: null },
  });
}
