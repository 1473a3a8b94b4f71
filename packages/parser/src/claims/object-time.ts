import type { TokenRange } from "./content-range.js";
import type { ClaimContext } from "./context.js";
import {
  DETERMINERS,
  OBJECT_TIME_MONTHS,
  OBJECT_TIME_PREPOSITIONS,
  OBJECT_TIME_WORDS,
  OBJECT_VENUE_NOUNS,
  TIME_DETERMINERS,
  TIME_NOUNS,
} from "./lexicon.js";
import type { Token } from "./tokens.js";

// how many words a venue phrase may put between its determiner and its noun ("a lengthy televised interview")
const VENUE_REACH = 4;
const DAY_MODIFIERS = new Set(["early", "late", "mid"]);
const VENUE_NOT_BEFORE = new Set(["that", "of"]);
// how far past a time word the object's complement may still show ("on Monday over the vote")
const GOES_ON_REACH = 6;
// prepositions that carry an object's complement ("criticized him on Monday over the vote")
const COMPLEMENT_PREPOSITIONS = new Set(["for", "over", "about", "against", "of", "by"]);

/**
 * 'endorsed Lind last week', 'criticized the plan on Monday', 'praised her
 * in an interview with the Tribune': a phrase saying when or where a stance
 * was taken is not what the stance is about, so the object ends before it.
 * Returns the object's new last token, or its old one when none is found.
 */
export function beforeTimeOrVenue(ctx: ClaimContext, range: TokenRange): number {
  const { tokens } = ctx;
  for (let i = range.first + 1; i <= range.last; i++) {
    if (ctx.insideQuote[i] !== -1) continue;
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const prev = tokens[i - 1] as Token;
    let cut = -1;
    // "last week", "this year" (not "the last year of his term")
    if (TIME_DETERMINERS.has(t.lower) && TIME_NOUNS.has(tokens[i + 1]?.lower ?? "") && !DETERMINERS.has(prev.lower))
      cut = i;
    // "Monday", "on Monday", "yesterday" (not "the Saturday debate")
    else if (OBJECT_TIME_WORDS.has(t.lower) && !DETERMINERS.has(prev.lower))
      cut = OBJECT_TIME_PREPOSITIONS.has(prev.lower) ? i - 1 : i;
    // "in June", "in early June"
    else if (OBJECT_TIME_PREPOSITIONS.has(t.lower) && (month(tokens[i + 1]) || dayModified(tokens, i + 1))) cut = i;
    else if (OBJECT_TIME_PREPOSITIONS.has(t.lower) && venueAfter(tokens, i + 1, range.last)) cut = i;
    if (cut > range.first && !objectGoesOn(ctx, cut, range.last)) return lastWordBefore(tokens, cut, range.first);
  }
  return range.last;
}

/**
 * 'defended himself on Saturday for bailing on ...', 'expressed frustration in an interview
 * that ...', 'a memoir by Wednesday Martin': the object's complement or a name follows the time
 * word, so the phrase sits inside the object rather than closing it.
 */
function objectGoesOn(ctx: ClaimContext, cut: number, last: number): boolean {
  const { tokens } = ctx;
  for (let m = cut; m <= last && m - cut <= GOES_ON_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.lower === "that" || (m > cut && COMPLEMENT_PREPOSITIONS.has(u.lower))) return true;
    if (OBJECT_TIME_WORDS.has(u.lower) && tokens[m + 1]?.upper === true && !month(tokens[m + 1])) return true;
  }
  return false;
}

function month(t: Token | undefined): boolean {
  return t?.upper === true && OBJECT_TIME_MONTHS.has(t.lower);
}

function dayModified(tokens: Token[], k: number): boolean {
  return DAY_MODIFIERS.has(tokens[k]?.lower ?? "") && month(tokens[k + 1]);
}

/** "a televised interview", "his rally in Ohio": a determiner, a few words, then a venue noun. */
function venueAfter(tokens: Token[], k: number, last: number): boolean {
  const det = tokens[k];
  if (det === undefined || !DETERMINERS.has(det.lower)) return false;
  for (let m = k + 1; m <= last && m - k <= VENUE_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.kind !== "word") return false;
    // "in the event that ...", "in the event of ...": a condition, not a venue
    if (OBJECT_VENUE_NOUNS.has(u.lower)) return !VENUE_NOT_BEFORE.has(tokens[m + 1]?.lower ?? "");
  }
  return false;
}

/** The last token before `cut` that is not punctuation, and never before `first`. */
function lastWordBefore(tokens: Token[], cut: number, first: number): number {
  let last = cut - 1;
  while (last > first && (tokens[last] as Token).kind === "punct") last--;
  return last;
}
