import type { ActorKind } from "../model.js";
import { contentFrom, draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import {
  COPULA_STATEMENT_NOUNS,
  type CueEntry,
  POSSESSIVE_DETERMINERS,
  STATEMENT_COPULAS,
  STATEMENT_NOUNS,
} from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import { resolveNounPhrase, type Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";

const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
const NOUN_CUE: CueEntry = { words: ["claim"], complement: "that", object: false, inverts: false };
// how many words the possessor before "'s" may have
const MAX_POSSESSOR = 5;

/**
 * "Trump's claim that there have been thousands of shootings", "his
 * statement that ...": a statement noun with its author as possessor reports
 * the "that" clause after it as that author's claim.
 */
export function findStatementNouns(ctx: ClaimContext, usedCues: Set<number>, stops: Int32Array): ClaimDraft[] {
  const { tokens } = ctx;
  const out: ClaimDraft[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "that" first: a string compare, where the set lookup would hash every word of the text
    const that = thatAfter(tokens, i);
    if (that < 0 || t.kind !== "word") continue;
    if (!STATEMENT_NOUNS.has(t.lower) && !(that === i + 2 && COPULA_STATEMENT_NOUNS.has(t.lower))) continue;
    if (usedCues.has(i) || ctx.insideQuote[i] !== -1 || ctx.sentenceOf[that + 1] !== ctx.sentenceOf[i]) continue;
    const who = possessor(ctx, i - 1);
    if (!who) continue;
    const content = contentFrom(ctx, that + 1, stops);
    if (!content) continue;
    const cue: Cue = { first: i, last: i, entry: NOUN_CUE };
    usedCues.add(i);
    out.push(draft(ctx, cue, who, content));
  }
  return out;
}

/**
 * The "that" opening the noun's clause, right after it or after a form of "be" ("Roe's answer was
 * that ..."); -1 if none. The last token cannot open a clause.
 */
function thatAfter(tokens: Token[], i: number): number {
  if ((tokens[i + 1] as Token).lower === "that") return i + 1;
  const next = tokens[i + 2];
  if (next?.lower !== "that" || i + 3 >= tokens.length || !STATEMENT_COPULAS.has((tokens[i + 1] as Token).lower))
    return -1;
  return i + 2;
}

/** The author before a statement noun: "his", "Trump's", "the senator's"; null when there is none. */
function possessor(ctx: ClaimContext, j: number): Speaker | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t || t.kind !== "word") return null;
  if (POSSESSIVE_DETERMINERS.has(t.lower)) {
    const source = { start: t.start, end: t.end };
    const person = t.lower === "his" || t.lower === "her" ? personBefore(ctx, t.start) : null;
    return { speaker: person, source };
  }
  if (!t.lower.endsWith("'s") && !t.lower.endsWith("s'")) return null;
  let k = j;
  while (
    k - 1 >= 0 &&
    j - k < MAX_POSSESSOR &&
    (tokens[k - 1] as Token).kind === "word" &&
    (tokens[k - 1] as Token).upper
  )
    k--;
  if (!(tokens[k] as Token).upper) return null;
  return resolveNounPhrase(ctx, k, j);
}

// how many persons back a possessive pronoun's owner is looked for past unnamed sources
const OWNER_LOOKBACK = 4;

/** The closest person before `at` who is no unnamed source of unknown gender ("a campaign aide"). */
function personBefore(ctx: ClaimContext, at: number): string | null {
  let from = at;
  for (let n = 0; n < OWNER_LOOKBACK; n++) {
    const m = mentionBefore(ctx.mentions, from, PERSON);
    if (!m) return null;
    if (!m.actor || !ctx.doc.unnamedSources?.has(m.actor) || ctx.doc.actorGender?.get(m.actor)) return m.actor;
    from = m.start;
  }
  return null;
}
