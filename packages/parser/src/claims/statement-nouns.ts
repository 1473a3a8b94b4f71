import type { ActorKind } from "../model.js";
import { contentFrom, draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import {
  CLAUSE_BOUNDARY,
  COPULA_STATEMENT_NOUNS,
  type CueEntry,
  NEGATIONS,
  OBJECT_TIME_MONTHS,
  OBJECT_TIME_PREPOSITIONS,
  OBJECT_TIME_WORDS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SINGLE_WORD_ADVERBIALS,
  SOURCED_STATEMENT_NOUNS,
  STATEMENT_COPULAS,
  STATEMENT_NOUNS,
} from "./lexicon.js";
import { mentionBefore, mentionsIn } from "./mentions-near.js";
import { resolveNounPhrase, type Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";

const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
const NOUN_CUE: CueEntry = { words: ["claim"], complement: "that", object: false, inverts: false };
// how many words the possessor before "'s" may have
const MAX_POSSESSOR = 5;
// how many lower-case modifiers may stand between the possessor and a singular noun ("his recent claim")
const MAX_MODIFIERS = 2;
// how many tokens the author after "from" or "by" may run before the clause's "that"
const AUTHOR_REACH = 12;
// a relative clause on the author ("criticism from Democrats who agree that ...") owns the "that"
const RELATIVE_WORDS = new Set(["who", "whom", "which", "whose", "where", "when"]);

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
    // "that" (or "from", "by") first: a string compare, where the set lookup would hash every word of the text
    const next = (tokens[i + 1] as Token).lower;
    const byAuthor = next === "from" || next === "by";
    if ((!byAuthor && thatAfter(tokens, i) < 0) || t.kind !== "word") continue;
    if (usedCues.has(i) || ctx.insideQuote[i] !== -1) continue;
    const sourced = STATEMENT_NOUNS.has(t.lower) || SOURCED_STATEMENT_NOUNS.has(t.lower);
    // "there is no allegation by Price that ...": a statement denied to exist reports nothing
    const denied = NEGATIONS.has((tokens[i - 1] as Token).lower);
    const after = byAuthor && sourced && !denied ? authorAfter(ctx, i + 1) : null;
    const that = after ? after.that : byAuthor ? -1 : thatAfter(tokens, i);
    if (that < 0 || ctx.sentenceOf[that + 1] !== ctx.sentenceOf[i]) continue;
    if (!after && !STATEMENT_NOUNS.has(t.lower) && !(that === i + 2 && COPULA_STATEMENT_NOUNS.has(t.lower))) continue;
    const who = after?.who ?? possessorOf(ctx, i);
    if (!who) continue;
    const content = contentFrom(ctx, that + 1, stops);
    if (!content) continue;
    if (insideFrontedPhrase(ctx, i)) endAtComma(ctx, content);
    const cue: Cue = { first: i, last: i, entry: NOUN_CUE };
    usedCues.add(i);
    out.push(draft(ctx, cue, who, content));
  }
  return out;
}

/**
 * "Despite Santilli's insistence that he was a journalist, a judge ...": the noun sits in a
 * phrase of a preposition that opens the sentence, so the clause ends at the phrase's comma.
 */
function insideFrontedPhrase(ctx: ClaimContext, i: number): boolean {
  const first = ctx.sentenceFirst[ctx.sentenceOf[i] as number] as number;
  if (!PREPOSITIONS.has((ctx.tokens[first] as Token).lower)) return false;
  for (let k = first + 1; k < i; k++) if ((ctx.tokens[k] as Token).kind === "punct") return false;
  return true;
}

/** Ends the content before its first comma. */
function endAtComma(ctx: ClaimContext, range: { first: number; last: number }): void {
  for (let k = range.first + 1; k <= range.last; k++)
    if ((ctx.tokens[k] as Token).lower === ",") {
      range.last = k - 1;
      return;
    }
}

/**
 * 'complaints from his American counterpart that ...', 'complaints by the secretary of the
 * Treasury, Jacob J. Lew, that ...': after "from" or "by" at `by`, an actor's phrase and the
 * clause's "that"; the first actor named there is the author. Null when words that open a
 * clause of their own stand between.
 */
function authorAfter(ctx: ClaimContext, by: number): { who: Speaker; that: number } | null {
  const { tokens } = ctx;
  for (let m = by + 1; m < tokens.length && m - by <= AUTHOR_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.kind === "punct" && u.lower === ",") continue;
    if (u.kind === "word" && u.lower === "that") {
      if (m === by + 1) return null;
      // "the secretary of the Treasury, Jacob J. Lew,": the person named, not the body of the title
      const named = mentionsIn(ctx.mentions, { start: (tokens[by + 1] as Token).start, end: u.start });
      // "from his first wife, Ivana Trump,": a name before a pronoun's owner
      const byName = named.filter((n) => n.via !== "pronoun");
      const author = byName.find((n) => n.kind === "person") ?? byName[0];
      if (!author?.actor) return null;
      return { who: { speaker: author.actor, source: { start: author.start, end: author.end } }, that: m };
    }
    if (u.kind !== "word" || CLAUSE_BOUNDARY.has(u.lower) || RELATIVE_WORDS.has(u.lower) || ctx.cueAt.has(m))
      return null;
  }
  return null;
}

/**
 * The author before the statement noun at `i`: right before it, or before one or two lower-case
 * modifiers of a singular noun ("Trump's recent evidence-free assertion"); a form in -s may be
 * the verb ("Trump's campaign claims that"), so it takes no modifiers.
 */
function possessorOf(ctx: ClaimContext, i: number): Speaker | null {
  const direct = possessor(ctx, i - 1);
  if (direct || (ctx.tokens[i] as Token).lower.endsWith("s")) return direct;
  for (let j = i - 1; j >= 1 && i - j <= MAX_MODIFIERS; j--) {
    const u = ctx.tokens[j] as Token;
    if (u.kind !== "word" || u.upper || POSSESSIVE_DETERMINERS.has(u.lower) || u.lower.endsWith("'s")) return null;
    const who = possessor(ctx, j - 1);
    if (who) return who;
  }
  return null;
}

/**
 * The "that" opening the noun's clause, right after it, after a day ("Trump's assertion Monday
 * that ...") or after a form of "be" ("Roe's answer was that ..."); -1 if none. The last token
 * cannot open a clause.
 */
function thatAfter(tokens: Token[], i: number): number {
  if ((tokens[i + 1] as Token).lower === "that") return i + 1;
  // "her claim in November that ...": a month or a day after "in" or "on"
  if (tokens[i + 3]?.lower === "that" && OBJECT_TIME_PREPOSITIONS.has((tokens[i + 1] as Token).lower)) {
    const when = (tokens[i + 2] as Token).lower;
    if (OBJECT_TIME_MONTHS.has(when) || OBJECT_TIME_WORDS.has(when)) return i + 3;
  }
  if (tokens[i + 2]?.lower === "that" && SINGLE_WORD_ADVERBIALS.has((tokens[i + 1] as Token).lower)) return i + 2;
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
