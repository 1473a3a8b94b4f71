import words from "../../data/relative-object.json";
import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { ADVERBS, BE_FORMS } from "./clause-words.js";
import { RELATIVE_OPENING } from "./relative-doer.js";
import type { Token } from "./tokens.js";

const PRONOUNS = new Set(words.objectPronouns);
const GAP_FOLLOWERS = new Set(words.gapFollowers);
const COPULA_HELPERS = new Set(words.copulaHelpers);

/**
 * The object of a verb in a relative clause whose pronoun is that object: "Acme, which the
 * Justice Department sued last year" (Acme), "the third mayor whom the FBI has arrested" after
 * "Tom Baker is" (Tom Baker, the one the predicate noun describes). `subject` is the clause's
 * subject, named right after the pronoun; `last` the cue's last token. Null when the clause is
 * not such a relative, when the verb has an object of its own after it ("that the EU fined
 * Google", a complement clause), or when the noun before the pronoun names no actor.
 */
export function relativeObject(
  doc: Doc,
  tokens: Token[],
  subject: ActorMention,
  last: number,
  from: number,
  to: number,
): ActorMention | null {
  // the gap: nothing that could open an object right after the verb
  const next = tokens[last + 1];
  if (next && last + 1 < to && !next.punct && !GAP_FOLLOWERS.has(next.lower)) return null;
  // the pronoun, right before the subject's name or its determiner and modifiers ("which the state's prosecutors")
  let p = tokenBefore(tokens, subject.start, from);
  for (let hops = 0; p >= from && hops < 3 && !PRONOUNS.has((tokens[p] as Token).lower); hops++) {
    const t = tokens[p] as Token;
    if (t.punct || doc.text[t.start] !== doc.text[t.start]?.toLowerCase()) return null;
    p--;
  }
  const pronoun = tokens[p];
  if (p < from || !pronoun || !PRONOUNS.has(pronoun.lower)) return null;
  const sentenceStart = (tokens[from] as Token).start;
  const left = mentionsIn(doc, sentenceStart, pronoun.start);
  const head = left.at(-1);
  // "Acme, which ...", "Acme that ...": the actor named right before the pronoun
  if (head && RELATIVE_OPENING.test(doc.text.slice(head.end, pronoun.start))) return head;
  // "Arizona will be the fifth state that Elias is suing": the noun describes the copula's subject
  return copulaSubject(doc, tokens, left, p, from);
}

function copulaSubject(doc: Doc, tokens: Token[], left: ActorMention[], pronoun: number, from: number) {
  let k = pronoun - 1;
  // the predicate noun phrase: a few plain words ("the fifth state"), no comma, no name
  for (let hops = 0; k >= from && hops < 5 && !BE_FORMS.has((tokens[k] as Token).lower); hops++, k--)
    if ((tokens[k] as Token).punct) return null;
  if (k < from || !BE_FORMS.has((tokens[k] as Token).lower) || k === pronoun - 1) return null;
  if (left.some((m) => m.start >= (tokens[k] as Token).end)) return null;
  k--;
  while (k >= from && (COPULA_HELPERS.has((tokens[k] as Token).lower) || ADVERBS.has((tokens[k] as Token).lower))) k--;
  const subject = left.at(-1);
  if (k < from || !subject) return null;
  return /^\s*$/.test(doc.text.slice(subject.end, (tokens[k] as Token).end)) || (tokens[k] as Token).end === subject.end
    ? subject
    : null;
}

function tokenBefore(tokens: Token[], pos: number, from: number): number {
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).start < pos) k++;
  return k - 1;
}
