import words from "../../data/clause-words.json";
import { isAdverb, NOUN_DETERMINERS } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "Putin complained bitterly about the United States' backing independence for
// Kosovo, and railed about Washington's propensity to intervene": the subject's
// second act is an item of its own, so the first act's words end before it.
// Without a parse, a second act is "and" with a past-tense verb that takes an
// object or a phrase after it (see clause-words.json, 'secondActs').

const PAST_VERBS = new Set(words.secondActs.pastVerbs);
const FOLLOWERS = new Set([...words.secondActs.verbFollowers, ...NOUN_DETERMINERS]);
const PERFECT = new Set(words.secondActs.perfectWords);
const NEW_SUBJECTS = new Set(words.secondActs.newSubjects);
const REGULAR_PAST = /^[a-z]{3,}ed$/;
const QUOTES = new Set(['"', "“", "``", "'", "‘"]);

/**
 * Index of the token that ends the act opened at `i`: the "and" (or the comma
 * before it) that opens the same subject's second act, else `to`.
 */
export function secondActStart(tokens: Token[], text: string, i: number, to: number): number {
  for (let k = i; k < to; k++) {
    const t = tokens[k] as Token;
    // "of having lied and cheated": a participle joined to the first, not a second act
    if (PERFECT.has(t.lower)) return to;
    // "..., before they rounded them up and ...": a clause of another subject has begun
    if (NEW_SUBJECTS.has(t.lower)) return to;
    if (t.lower !== "and" || !opensAct(tokens, text, k + 1, to)) continue;
    return tokens[k - 1]?.lower === "," && k - 1 > i ? k - 1 : k;
  }
  return to;
}

/** Tokens from `j` read as a past-tense verb (after any adverbs) with what it takes after it. */
function opensAct(tokens: Token[], text: string, j: number, to: number): boolean {
  let v = j;
  while (v < to && v <= j + 2 && isAdverb((tokens[v] as Token).lower)) v++;
  const verb = tokens[v];
  if (!verb || v >= to) return false;
  if (!(PAST_VERBS.has(verb.lower) || REGULAR_PAST.test(verb.lower))) return false;
  // a lower-case word as written: "and Alleged" would be a name
  if (!/^\p{Ll}/u.test(text[verb.start] ?? "")) return false;
  const next = tokens[v + 1];
  if (!next || v + 1 >= to) return false;
  if (next.lower === "," || QUOTES.has(next.lower) || FOLLOWERS.has(next.lower)) return true;
  return /^\p{Lu}/u.test(text[next.start] ?? "");
}
