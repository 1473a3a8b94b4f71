import lexicon from "../../data/response-types.json";
import { CueSet, compilePattern } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// Wikinews and wire copy put the day inside the clause: "The Taliban met on
// Monday with Zalmay Khalilzad", "A car bomb was on Monday rammed into a base",
// "held a joint meeting in the morning with".
// A cue pattern ("met with") or a passive ("was rammed") reads its words next
// to each other, so the response stage reads the sentence without such day
// adverbials. Tokens keep their offsets: spans and evidence stay the text's.

const words = lexicon.dayAdverbials;
const OPENERS = new Set(words.openers);
const DAYS = new Set(words.days);
const DAY_PARTS = new Set(words.dayParts);
const MONTHS = new Set(words.months);
const PERIODS = new Set(words.periods);
const KEEP_AFTER = new Set(words.keepAfter);
const PARTS_OF_DAY = new Set(words.partsOfDay);
const PART_LEADS = new Set(words.partLeads);
// the words every day adverbial holds: a sentence with none of them is read as it is, found
// through the cue sets' shared head-word index (no per-token lookup of our own)
const ANCHORS = new CueSet<true>(
  [...words.days, ...words.months, ...words.periods, ...words.partsOfDay, "day"].map((w) => compilePattern(w, true)),
);
// "earlier this week": an opener may take a second one before the day or period
const STACKED = new Set(["this", "last", "next"]);

/**
 * The tokens of the sentence [from, to) without its day adverbials, followed by the next
 * sentence's (an attack's doer may be named there), with the end of the sentence's own
 * (`to`), or null when the sentence has none.
 * Only the sentences that hold one pay for a copy; spans stay the text's.
 */
export function withoutDayAdverbials(
  tokens: Token[],
  from: number,
  to: number,
): { tokens: Token[]; to: number } | null {
  const anchors = ANCHORS.matchAll(tokens, from, to);
  if (anchors.length === 0) return null;
  // each adverbial holds a day, month or period word: it starts at most two words before it
  const cuts: [number, number][] = [];
  for (const { first: k } of anchors) {
    const after = cuts.at(-1)?.[1] ?? from + 1;
    const part = partOfDayStart(tokens, k, after);
    if (part >= 0) {
      const end = clauseGoesOn(tokens, part, k + 1, to);
      if (end > part) cuts.push([part, end]);
      continue;
    }
    for (let i = Math.max(k - 2, after, from + 1); i <= k; i++) {
      const t = tokens[i] as Token;
      if (i < k && !OPENERS.has(t.lower)) continue;
      const end = adverbialEnd(tokens, i, to);
      if (end > i) {
        cuts.push([i, end]);
        break;
      }
    }
  }
  if (cuts.length === 0) return null;
  const out: Token[] = [];
  let at = from;
  for (const [a, b] of cuts) {
    for (let k = at; k < a; k++) out.push(tokens[k] as Token);
    at = b;
  }
  for (let k = at; k < to; k++) out.push(tokens[k] as Token);
  const end = out.length;
  const next = (tokens[to] as Token | undefined)?.sentence;
  for (let k = to; k < tokens.length && (tokens[k] as Token).sentence === next; k++) out.push(tokens[k] as Token);
  return { tokens: out, to: end };
}

const isNumber = (t: Token | undefined): boolean => !!t && !t.punct && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower);
const isYear = (t: Token | undefined): boolean => !!t && /^\d{4}$/.test(t.lower);

/**
 * End (exclusive) of a day adverbial starting at token `i` inside a clause, or `i`
 * when none starts there. Only mid-clause ones count: a word (not punctuation) of
 * the same sentence stands on both sides, so a fronted "On Monday," stays.
 */
function adverbialEnd(tokens: Token[], i: number, to: number): number {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1] as Token;
  if (prev.punct || KEEP_AFTER.has(prev.lower)) return i;
  let k = i;
  let opened = false;
  if (OPENERS.has(t.lower)) {
    opened = true;
    k++;
    if (STACKED.has(tokens[k]?.lower ?? "") && t.lower !== "on") k++;
  }
  const w = tokens[k];
  if (!w || k >= to) return i;
  let end = i;
  if (DAYS.has(w.lower)) {
    end = k + 1;
    if (DAY_PARTS.has(tokens[end]?.lower ?? "")) end++;
  } else if (opened && PERIODS.has(w.lower) && k > i && tokens[i]?.lower !== "on") {
    end = k + 1;
  } else if (opened && MONTHS.has(w.lower) && isNumber(tokens[k + 1])) {
    // "on July 2", "on July 2, 2019"
    end = k + 2;
    if (tokens[end]?.lower === "," && isYear(tokens[end + 1])) end += 2;
  } else if (opened && t.lower === "on" && isNumber(w) && MONTHS.has(tokens[k + 1]?.lower ?? "")) {
    // "on 2 July"
    end = k + 2;
    if (isYear(tokens[end])) end++;
  }
  if (end === i) return i;
  return clauseGoesOn(tokens, i, end, to);
}

/**
 * Start of "in the morning" or "earlier in the day" ending at the anchor `k`, or -1: the part
 * of a day after "in the", or "the day" after one of the leads ("earlier", "later").
 */
function partOfDayStart(tokens: Token[], k: number, after: number): number {
  const w = (tokens[k] as Token).lower;
  if (!PARTS_OF_DAY.has(w) && w !== "day") return -1;
  if (k - 2 < after || tokens[k - 1]?.lower !== "the" || tokens[k - 2]?.lower !== "in") return -1;
  const lead = k - 3 >= after && PART_LEADS.has(tokens[k - 3]?.lower ?? "");
  if (w === "day" && !lead) return -1;
  const start = lead ? k - 3 : k - 2;
  return KEEP_AFTER.has(tokens[start - 1]?.lower ?? "") || tokens[start - 1]?.punct ? -1 : start;
}

/** `end` when the clause goes on after the adverbial [i, end) (a word of the same sentence follows), else `i`. */
function clauseGoesOn(tokens: Token[], i: number, end: number, to: number): number {
  const next = tokens[end];
  if (!next || end >= to || next.punct || next.lower === "'s") return i;
  return end;
}
