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
