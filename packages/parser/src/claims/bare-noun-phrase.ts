import type { TokenRange } from "./content-range.js";
import type { ClaimContext } from "./context.js";
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from "./lexicon.js";
import type { Token } from "./tokens.js";

// "the Iran deal", "it", "gun control proposals": a phrase this short names a thing, it says nothing
const MAX_BARE_WORDS = 3;
// "President George W. Bush", "the Clinton Foundation": a longer name is still only a name
const MAX_NAME_WORDS = 4;

/**
 * A short noun phrase or a name with no possessive: "the move", "Putin", "him", "President
 * George W. Bush". A possessive ("Trump's remarks", "her record") names someone's words or
 * deeds, which PolNeAR counts as content more often, so it is not bare.
 */
export function bareNounPhrase(ctx: ClaimContext, range: TokenRange): boolean {
  const { tokens } = ctx;
  const words: Token[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "quote") return false;
    // "Sanders' success": a possessive apostrophe may stand alone after a plural
    if (t.lower === "'" || t.lower === "’" || t.lower.endsWith("'s") || t.lower.endsWith("s'")) return false;
    // "he can win": a subject pronoun opens a short clause, not a noun phrase
    if (SUBJECT_PRONOUNS.has(t.lower)) return false;
    if (t.kind === "word") words.push(t);
  }
  const first = words[0];
  if (first === undefined || POSSESSIVE_DETERMINERS.has(first.lower)) return false;
  if (words.length <= MAX_BARE_WORDS) return true;
  const named = first.lower === "the" ? words.slice(1) : words;
  return words.length <= MAX_NAME_WORDS && named.every((t) => t.upper);
}
