import titles from "../../data/titles.json";
import unnamedSources from "../../data/unnamed-sources.json";
import type { ClaimContext, Cue } from "./context.js";
import {
  AUXILIARY_AFTER_RELATIVE,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SPOKES_NOUNS,
} from "./lexicon.js";
import type { Token } from "./tokens.js";
import { commaBefore } from "./trailing-cue.js";

// heads of a phrase that describes a person by office, role or tie ("director", "official", "aide")
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...titles.heads,
  ...titles.relationHeads,
  ...unnamedSources.nouns,
  ...SPOKES_NOUNS,
]);
// what ends the description: a relative clause on it, an apposition, the sentence
const DESCRIPTION_END = new Set(["who", "whose", ",", ".", "(", ";", "—", "–"]);
// words a description may run to before its head ("a former U.S. law enforcement official")
const MAX_DESCRIPTION = 8;
// words that make the phrase a clause or an infinitive, not a description
const CLAUSE_WORDS = new Set(["that", "to", "not"]);

/**
 * '..., said an American official who was briefed on the encounter', '..., said the bureau's
 * director, James B. Comey, on Monday': after a comma an inverting cue's subject follows it. When
 * no clause before the comma was left for it (another claim holds it, or a quotation), the phrase
 * after the cue is still that subject, not what was said: a phrase opened by a determiner whose
 * head (its last word before a preposition, a relative pronoun, a comma or the sentence's end)
 * names a person's office or role.
 */
export function describesInvertedSpeaker(ctx: ClaimContext, cue: Cue): boolean {
  // a participle ('..., adding a plug for himself') has no subject after it
  if (!cue.entry.inverts || cue.entry.words[0]?.endsWith("ing") || commaBefore(ctx, cue.first) < 0) return false;
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  const k = cue.last + 1;
  const first = tokens[k];
  if (first === undefined || k > hi || first.kind !== "word") return false;
  if (!DETERMINERS.has(first.lower) && !POSSESSIVE_DETERMINERS.has(first.lower)) return false;
  let m = k;
  // "an official at the embassy who ...": the head stands before the first preposition
  let head = -1;
  for (; m <= hi && m - k <= MAX_DESCRIPTION; m++) {
    const t = tokens[m] as Token;
    if (DESCRIPTION_END.has(t.lower)) break;
    if (t.kind !== "word" || AUXILIARY_AFTER_RELATIVE.has(t.lower) || CLAUSE_WORDS.has(t.lower)) return false;
    if (head < 0 && (PREPOSITIONS.has(t.lower) || t.lower === "of")) head = m - 1;
  }
  if (m <= hi && !DESCRIPTION_END.has((tokens[m] as Token).lower)) return false;
  if (head < 0) head = m - 1;
  return head > k && PERSON_HEADS.has((tokens[head] as Token).lower);
}
