import data from "../../data/described-collectives.json";
import { groupNounSet, speakerNouns } from "./lexicon.js";
import type { Scan } from "./scan.js";
import { speakingVerbFrom } from "./speaking-verb-after.js";

const HEADS = new Set([...data.heads, ...groupNounSet, ...speakerNouns]);
const OPENERS = new Set(data.openers);
const QUANTIFIERS = new Set(data.quantifiers);
const BEFORE = new Set(data.before);
const BREAKS = new Set(data.breaks);
const NOT_MODIFIERS = new Set(data.notModifiers);
const COUNTS = new Set(data.counts);
const MODIFIER = /^[a-z][a-z-]*$/;

/**
 * "People briefed on the talks said", "officials familiar with the plan say", "aides to the mayor
 * say": a plural subject a phrase after its noun marks out is a group of its own, named by the
 * whole phrase, and it speaks; the names inside the phrase only say which people it holds (the
 * mayor does not speak when his aides do). Made only as a reporting verb's subject, tentative:
 * dropped when no item names it.
 */
export function findDescribedCollectives(scan: Scan): void {
  const { tokens } = scan;
  for (let k = 0; k < tokens.length - 2; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || scan.headline[k] || !HEADS.has(scan.lower(k))) continue;
    if (t.cap && !t.sentStart) continue;
    if (!OPENERS.has(scan.lower(k + 1)) || scan.named[k + 1]) continue;
    const first = subjectStart(scan, k);
    if (first < 0) continue;
    // another finder already made the subject someone ("supporters of Ann Roe" is its own reading)
    if (anyNamed(scan, first, k)) continue;
    const last = phraseEnd(scan, k + 1);
    if (last < 0) continue;
    const from = QUANTIFIERS.has(scan.lower(first)) ? first + 1 : first;
    const written = scan.slice(from, last);
    const name = tokens[from]?.sentStart ? written.charAt(0).toLowerCase() + written.slice(1) : written;
    scan.add({
      start: tokens[first]?.start ?? t.start,
      end: tokens[last]?.end ?? t.end,
      first,
      last,
      kind: "group",
      via: "description",
      note: { key: `group:${name.toLowerCase()}`, name, tentative: true },
    });
    k = last;
  }
}

// The subject's first token: back over up to maxModifiers lower-case words (or a sentence's
// capitalised first word, "State legislators") and one quantifier, to a clause's start; -1 when
// the noun phrase is no clause's subject ("asked officials in Velmar").
function subjectStart(scan: Scan, k: number): number {
  const { tokens } = scan;
  let b = k;
  for (let n = 0; n < data.maxModifiers; n++) {
    const p = tokens[b - 1];
    if (!p || p.kind !== "word" || QUANTIFIERS.has(scan.lower(b - 1)) || BEFORE.has(scan.lower(b - 1))) break;
    if (p.cap && !p.sentStart) return -1;
    if (NOT_MODIFIERS.has(scan.lower(b - 1)) || !MODIFIER.test(scan.lower(b - 1))) return -1;
    if (tokens[b]?.sentStart) break;
    b--;
  }
  if (!tokens[b]?.sentStart && QUANTIFIERS.has(scan.lower(b - 1))) b--;
  const t = tokens[b];
  if (!t || t.sentStart) return b;
  const p = tokens[b - 1];
  if (!p) return b;
  if (p.kind !== "word") return p.text === "," || p.text === ";" || p.text === ":" ? b : -1;
  return BEFORE.has(scan.lower(b - 1)) ? b : -1;
}

// The phrase's last token when a reporting verb follows it (past "also", "have", an -ly adverb),
// within maxPhrase tokens of no comma, clause word or coordination; -1 otherwise.
function phraseEnd(scan: Scan, opener: number): number {
  const { tokens } = scan;
  for (let j = opener + 1; j <= opener + data.maxPhrase; j++) {
    const t = tokens[j];
    if (!t || t.sentStart) return -1;
    if (t.kind === "possessive" || t.text === "-" || t.text === "'" || t.text === "’") continue;
    if (t.kind !== "word") return -1;
    const w = scan.lower(j);
    if (BREAKS.has(w) || COUNTS.has(w) || /\d/.test(w)) return -1;
    if (j > opener + 1 && !t.cap && speakingVerbFrom(scan, j)) return j - 1;
  }
  return -1;
}

function anyNamed(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (scan.named[k]) return true;
  return false;
}
