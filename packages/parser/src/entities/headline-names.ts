import { emptyContext, gazetteerPiece, slug } from "./classify-run.js";
import { commonWordSet, englishWordSet, firstNameGender, gazetteer } from "./lexicon.js";
import { LEGAL_FORM } from "./org-evidence.js";
import type { Piece, Scan } from "./scan.js";

/**
 * In a title-case headline every word is capitalised, so only names the
 * gazetteers know or the story itself uses count there.
 */
export function findHeadlineNames(scan: Scan): void {
  if (!scan.headline.includes(1)) return;
  const known = new Map<string, Piece>();
  for (const p of scan.pieces) {
    if (p.via !== "name") continue;
    known.set(scan.text.slice(p.start, p.end).toLowerCase(), p);
    // "HARTWELL MINING BIDS" over "Hartwell Mining Ltd said": the firm without its legal form
    if (p.kind === "organization" && p.last > p.first + 1 && LEGAL_FORM.test(scan.tokens[p.last]?.text ?? "")) {
      const short = scan.slice(p.first, p.last - 1).toLowerCase();
      if (!known.has(short)) known.set(short, p);
      // "BIDS FOR COPPERGATE" over "Coppergate Resources Plc": its first word, when no ordinary word
      const head = scan.lower(p.first);
      if (!englishWordSet.has(head) && !known.has(head)) known.set(head, p);
    }
  }
  const { tokens } = scan;
  const surnames = personSurnames(scan);
  for (let i = 0; i < tokens.length; i++) {
    if (!scan.headline[i] || scan.named[i] || tokens[i]?.kind !== "word" || !tokens[i]?.cap) continue;
    let end = i;
    while (
      end + 1 < tokens.length &&
      scan.headline[end + 1] &&
      scan.adjacent(end, end + 1) &&
      (tokens[end + 1]?.kind === "word" || tokens[end + 1]?.text === "&")
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
    // "Lena Varga: We Will Win": a given name and words no dictionary holds name a person
    // the body may not name in full (a columnist, a speaker quoted only in the headline)
    const named = givenNameRun(scan, i, end, surnames);
    if (named > i) {
      const first = tokens[i]?.text ?? "";
      const text = scan.slice(i, named);
      scan.add({
        start: tokens[i]?.start ?? 0,
        end: tokens[named]?.end ?? 0,
        first: i,
        last: named,
        kind: "person",
        via: "name",
        note: { key: `person:${slug(text)}`, name: text, gender: firstNameGender.get(first) ?? null },
      });
      i = named;
      continue;
    }
    // "OWEN INJURED", "VAN DER LAAN SENT OFF": the surname of a person the story names in full
    // a particle opens a surname of several words; any other word is a surname alone
    let s = PARTICLE.test(scan.lower(i)) ? Math.min(end, i + 2) : i;
    while (s > i && !surnames.has(scan.slice(i, s).toLowerCase())) s--;
    if (!surnames.has(s > i ? scan.slice(i, s).toLowerCase() : scan.lower(i))) s = i - 1;
    const next = tokens[s + 1];
    const alone = s === end || !next?.cap || englishWordSet.has(scan.lower(s + 1));
    const person = s >= i && alone ? surnames.get(scan.slice(i, s).toLowerCase()) : undefined;
    if (person && isCaps(tokens[i]?.text ?? "")) {
      scan.add({
        start: tokens[i]?.start ?? 0,
        end: tokens[s]?.end ?? 0,
        first: i,
        last: s,
        kind: "person",
        via: "name",
        note: { ...person.note },
      });
      i = s;
    }
  }
}

// The last token of "Given Surname" (one or two surname words) at i, or i when none: the
// surname words are capitalised, no English or common word, and not shouted.
// The given name is no English word ("Bill", "Will") nor the surname of a person the body names
// ("Clinton Wades In"); a surname word has no apostrophe ("Can't") and is no participle.
function givenNameRun(scan: Scan, i: number, end: number, surnames: Map<string, Piece>): number {
  const t = scan.tokens[i];
  const lower = scan.lower(i);
  if (!t || !firstNameGender.has(t.text) || isCaps(t.text) || englishWordSet.has(lower) || surnames.has(lower))
    return i;
  let k = i;
  while (k < end && k < i + 2) {
    const n = scan.tokens[k + 1];
    const w = scan.lower(k + 1);
    if (!n || n.kind !== "word" || !n.cap || isCaps(n.text) || englishWordSet.has(w) || commonWordSet.has(w)) break;
    if (!scan.adjacent(k, k + 1) || NOT_SURNAME.test(n.text)) break;
    k++;
  }
  return k;
}

const NOT_SURNAME = /['’]|ing$|ed$/;

// Each person the story names with two or more words, by surname: the last word, after
// a generational suffix ("Ken Griffey Jr" → griffey), with its particles ("van der laan").
function personSurnames(scan: Scan): Map<string, Piece> {
  const out = new Map<string, Piece>();
  for (const p of scan.pieces) {
    if (p.kind !== "person" || p.via !== "name" || p.last <= p.first) continue;
    let last = p.last;
    if (GENERATIONAL.test(scan.tokens[last]?.text ?? "") && last - 1 > p.first) last--;
    let first = last;
    while (first - 1 > p.first && PARTICLE.test(scan.tokens[first - 1]?.text ?? "")) first--;
    out.set(scan.slice(first, last).toLowerCase(), p);
  }
  return out;
}

const GENERATIONAL = /^(?:Jr|Sr|III?|IV)\.?$/;
// Lower-case words inside a surname ("van der Laan", "de la Cruz", "bin Salman").
const PARTICLE = /^(?:van|von|der|den|de|del|della|la|le|da|di|dos|bin|ibn|al|ter)$/;

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const WORD_START = /(^|[-‐])(\p{L})/gu;
const titleCase = (w: string) =>
  w.includes(".") ? w : w.toLowerCase().replace(WORD_START, (_, sep: string, c: string) => sep + c.toUpperCase());

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
