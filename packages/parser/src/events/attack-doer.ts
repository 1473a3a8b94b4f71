import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { ATTACK_NOUNS } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// "Haddad was killed in a US drone strike", "two fighters were killed in an Israeli
// airstrike", "was killed in a United States counterterrorism operation": a passive
// killing with no "by" names its doer as the attack it happened in, a name (or a
// demonym) right before the attack noun. Only one article and a few describing words
// may stand between "in" and the name, and between the name and the noun.

const ARTICLES = new Set(["a", "an", "the"]);
const MAX_DESCRIBERS = 3;
// words that end the name's noun phrase: "killed in Sylvania during a strike" names a place, not a doer
const PHRASE_BREAKS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "in",
  "at",
  "on",
  "of",
  "by",
  "during",
  "after",
  "before",
  "near",
  "with",
  "for",
  "from",
  "when",
  "while",
  "as",
]);

/** The doer named in "in a <doer> (...) <attack noun>" right after the passive cue ending at token `last`; else null. */
export function attackDoerAfter(doc: Doc, tokens: Token[], last: number, to: number): ActorMention | null {
  let k = last + 1;
  if ((tokens[k] as Token | undefined)?.lower !== "in") return null;
  k++;
  if (ARTICLES.has((tokens[k] as Token | undefined)?.lower ?? "")) k++;
  const first = tokens[k];
  if (!first || k >= to) return null;
  const named = mentionsIn(doc, first.start, first.start + 80)[0];
  if (!named || named.start !== first.start) return null;
  // the words after the name, up to the attack noun: describing words only ("drone", "counter-terrorism")
  let j = k;
  while (j < to && (tokens[j] as Token).start < named.end) j++;
  for (let words = 0; j < to && words <= MAX_DESCRIBERS; j++, words++) {
    const t = tokens[j] as Token;
    if ((t.punct && t.lower !== "-") || PHRASE_BREAKS.has(t.lower)) return null;
    if (ATTACK_NOUNS.has(t.lower)) return named;
  }
  return null;
}
