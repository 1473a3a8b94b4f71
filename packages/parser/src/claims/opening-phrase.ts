import type { ClaimContext } from "./context.js";
import { ADVERBIAL_START, AUXILIARY_AFTER_RELATIVE, SUBJECT_PRONOUNS } from "./lexicon.js";
import type { Token } from "./tokens.js";

// words that open a clause, not a phrase of time or place
const CLAUSE_WORDS = new Set(["that", "who", "which", "whose", "what", "there", "not"]);
// "Earlier this week on Wednesday on the live television": a scene-setting phrase runs no longer
const MAX_PHRASE = 10;
// openers of a phrase of time, place or occasion; "according", "as", "also" and the like open other things
const PHRASE_OPENERS = new Set(
  [...ADVERBIAL_START].filter((w) => !["according", "as", "also", "too", "then", "again", "further"].includes(w)),
);

/**
 * "In his speech, Mr. Obama argued ...", "In her post, she reminded Trump ...", "Earlier this week
 * on Wednesday on the live television, President Erdogan said — ...": the words from the
 * sentence's start to the comma before the subject are a phrase of time, place or occasion (an
 * opener, no subject pronoun, auxiliary or clause word, no comma outside a quotation), so they set
 * the scene for the report that follows the cue; they are not what was said.
 */
export function openingPhraseOnly(ctx: ClaimContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  if (!PHRASE_OPENERS.has((tokens[first] as Token).lower) || last - first + 1 > MAX_PHRASE) return false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "quote" || ctx.insideQuote[i] !== -1) continue;
    if (t.kind === "punct") {
      // "In his new book, ''Doomed to Succeed,''": a title set off after a comma is still the phrase
      if (t.lower === "," && tokens[i + 1]?.kind === "quote") continue;
      return false;
    }
    if (SUBJECT_PRONOUNS.has(t.lower) || AUXILIARY_AFTER_RELATIVE.has(t.lower) || CLAUSE_WORDS.has(t.lower))
      return false;
  }
  return true;
}
