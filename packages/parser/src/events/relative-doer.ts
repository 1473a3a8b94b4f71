import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { appositiveHolder, describedBeyondAside } from "./appositive-relative.js";
import { ADVERBS, BE_FORMS, NEGATIONS } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "who have protested", "which will not strike": what may stand between a relative pronoun and its verb
const VERB_HELPERS = new Set(["has", "have", "had", "having", "will", "would", "could", "can", "may", "might"]);
const HELPERS = new Set(["should", "must", "did", "do", "does", "shall"]);
const RELATIVES = new Set(["who", "which", "that"]);

/** What may stand between a noun and the relative pronoun after it: a comma, or a dash ("Graham—who had endorsed X"). */
export const RELATIVE_OPENING = /^[\s,—–-]*$/;

/**
 * When the verb at `first` is the verb of a relative clause whose pronoun is its subject
 * ("farmers who have protested", "the union, which marched"), the clause's doer: the actor
 * named right before the pronoun, or null when that noun names no actor ("two people who
 * were demonstrating"). Undefined when the verb is not in such a clause, so its subject is
 * read as usual.
 */
export function relativeDoer(doc: Doc, tokens: Token[], first: number, from: number): ActorMention | null | undefined {
  let k = first - 1;
  while (k >= from && isHelper((tokens[k] as Token).lower)) k--;
  const pronoun = tokens[k];
  if (k < from || !pronoun || !RELATIVES.has(pronoun.lower)) return undefined;
  const named = mentionsIn(doc, (tokens[from] as Token).start, pronoun.start).at(-1);
  const start = (tokens[from] as Token).start;
  const adjacent =
    named && RELATIVE_OPENING.test(doc.text.slice(named.end, pronoun.start))
      ? appositiveHolder(doc, start, named)
      : null;
  // "said that have ..." is no clause; "that" is a relative pronoun only after a noun, so it needs a named one
  if (pronoun.lower === "that") return adjacent ?? undefined;
  // "X (D-Mo.), who ...", "X, a Republican who ...": the name past a short aside is the one described
  return adjacent ?? describedBeyondAside(doc, start, pronoun.start);
}

function isHelper(word: string): boolean {
  return VERB_HELPERS.has(word) || HELPERS.has(word) || BE_FORMS.has(word) || NEGATIONS.has(word) || ADVERBS.has(word);
}

/**
 * The relative clause whose verb is at `first` describes one new common noun: a lower-case
 * singular word after "a" right before its pronoun ("a diplomacy chief who had accused"); not a
 * definite one that may be a named actor told again ("the businessman, who"), a name ("Ted Cruz
 * of Texas, who") nor a plural that may count the main clause's subject in ("joined the leaders
 * who have slammed Trump", "two of the women who have accused him").
 */
export function commonNounAntecedent(doc: Doc, tokens: Token[], first: number, from: number): boolean {
  let k = first - 1;
  while (k >= from && isHelper((tokens[k] as Token).lower)) k--;
  const noun = tokens[k - 1];
  if (!noun || k - 1 < from || !RELATIVES.has(tokens[k]?.lower ?? "")) return false;
  const word = doc.text.slice(noun.start, noun.end);
  if (!LOWER_WORD.test(word) || (word.endsWith("s") && !word.endsWith("ss"))) return false;
  // "a diplomacy chief": an indefinite one is someone new; "the businessman" may be a named actor told again
  for (let j = k - 2; j >= from && j >= k - 1 - NOUN_PHRASE_WORDS; j--) {
    const t = tokens[j] as Token;
    if (INDEFINITE.has(t.lower)) return true;
    if (!LOWER_WORD.test(doc.text.slice(t.start, t.end))) return false;
  }
  return false;
}
const LOWER_WORD = /^\p{Ll}+$/u;
const INDEFINITE = new Set(["a", "an", "another"]);
/** How many words a noun phrase may hold before its head: "a senior foreign policy adviser". */
const NOUN_PHRASE_WORDS = 4;
