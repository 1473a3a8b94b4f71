import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { docTokens, type Token } from "./tokens.js";

// Wikinews and wire copy put the day inside the clause: "The Taliban met on
// Monday with Zalmay Khalilzad", "A car bomb was on Monday rammed into a base".
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
// "earlier this week": an opener may take a second one before the day or period
const STACKED = new Set(["this", "last", "next"]);

const cache = new WeakMap<Doc, Token[]>();

/** The doc's tokens without the day adverbials inside its clauses; the doc's own token list when it has none. */
export function responseTokens(doc: Doc): Token[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const tokens = docTokens(doc);
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; ) {
    const end = adverbialEnd(tokens, i);
    if (end > i) {
      out ??= tokens.slice(0, i);
      i = end;
      continue;
    }
    out?.push(tokens[i] as Token);
    i++;
  }
  const result = out ?? tokens;
  cache.set(doc, result);
  return result;
}

const isNumber = (t: Token | undefined): boolean => !!t && !t.punct && /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower);
const isYear = (t: Token | undefined): boolean => !!t && /^\d{4}$/.test(t.lower);

/**
 * End (exclusive) of a day adverbial starting at token `i` inside a clause, or `i`
 * when none starts there. Only mid-clause ones count: a word (not punctuation) of
 * the same sentence stands on both sides, so a fronted "On Monday," stays.
 */
function adverbialEnd(tokens: Token[], i: number): number {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.punct || !prev || prev.punct || prev.sentence !== t.sentence) return i;
  if (!OPENERS.has(t.lower) && !DAYS.has(t.lower)) return i;
  if (KEEP_AFTER.has(prev.lower)) return i;
  let k = i;
  let opened = false;
  if (OPENERS.has(t.lower)) {
    opened = true;
    k++;
    if (STACKED.has(tokens[k]?.lower ?? "") && t.lower !== "on") k++;
  }
  const w = tokens[k];
  if (!w || w.sentence !== t.sentence) return i;
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
  // the clause goes on after it: a word of the same sentence follows
  const next = tokens[end];
  if (!next || next.punct || next.sentence !== t.sentence || next.lower === "'s") return i;
  return end;
}
