import { isAdverb } from "../events/clause-words.js";
import type { ActorKind } from "../model.js";
import type { ClaimContext, Cue } from "./context.js";
import {
  ASSERTING_FRAMES,
  AUXILIARY_AFTER_RELATIVE,
  DEGREE_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EXPLETIVE_SUBJECTS,
  IRREGULAR_PLURALS,
  MEDIA_HEAD_NOUNS,
  NEGATIONS,
  NOUN_COMPOUNDS,
  NOUN_FIRST_CUES,
  NOUN_MODIFIERS,
  PASSIVE_BEFORE,
  PAST_TENSE_VERBS,
  PREPOSITIONS,
  PRONOUN_CONTRACTIONS,
  SINGULAR_OPENERS,
  SPOKES_NOUNS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import { takesWonObject } from "./won-object.js";

// pronouns that may end the phrase before a bare cue ("help them understand", "let us say")
const OBJECT_PRONOUNS = new Set(["them", "us", "you", "me", "him", "her", "it"]);
// prepositions the shared list leaves out, which also put a phrase off the subject ("critics of the plan say")
const MORE_PREPOSITIONS = new Set([
  "of",
  "about",
  "to",
  "into",
  "near",
  "among",
  "against",
  "across",
  "around",
  "within",
  "toward",
  "towards",
]);
const isPreposition = (w: string) => PREPOSITIONS.has(w) || MORE_PREPOSITIONS.has(w);
// "put the line and say ...": a conjunction joins a second verb to the clause
const CONJUNCTIONS = new Set(["and", "or", "but", "then"]);

import type { Token } from "./tokens.js";

// words before a cue that make it a noun or an infinitive ("in reports", "to say")
// and "as" before one ("as predicted") refers back rather than reporting
const BEFORE_NOUN_OR_INFINITIVE = new Set([
  "in",
  "of",
  "for",
  "with",
  "by",
  "from",
  "to",
  "about",
  "on",
  "at",
  "whose",
  "as",
]);

// prepositions that take a gerund: "criticized for saying", "aside from saying", "after telling"
const GERUND_PREPOSITIONS = new Set(["by", "for", "from", "of", "about", "after", "before", "without", "while"]);

/**
 * Whether a cue word is used as a reporting verb here: not a noun ("the
 * report", "his claims"), not a name ("United States"), not passive ("was
 * told"), not negated ("did not say", "declined to say").
 */
export function isReportingUse(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  const first = tokens[cue.first] as Token;
  const sentenceStart = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] === cue.first;
  const headline = ctx.titleCase[ctx.sentenceOf[cue.first] as number] === 1;
  if (first.upper && !sentenceStart && !headline) return false;
  if (cue.entry.complement === "prepositional") return true;
  if (takesWonObject(ctx, cue)) return false;
  const next = tokens[cue.last + 1];
  if (next && NOUN_COMPOUNDS.has(`${(tokens[cue.last] as Token).lower} ${next.lower}`)) return false;
  // "news reports said", "the claims say": a plural noun is the subject of the cue after it
  if (next && cue.last === cue.first && first.lower.endsWith("s") && verbCueAt(ctx, cue.last + 1)) return false;
  // "in his home state Trump won", "Western states vote next": a noun, unless a subject that can say stands
  // before it; "that" after it makes "state" a verb of a plural subject ("the workers state that"), but
  // not "states", whose singular subject can say ("Ohio and Iowa, states that vote in March" is a noun)
  const pluralVerb = next?.lower === "that" && !first.lower.endsWith("s");
  if (NOUN_FIRST_CUES.has(first.lower) && !pluralVerb && !sayingSubjectBefore(ctx, cue.first)) return false;
  // "the congressional report said", "an internal report says": a bare form right before a finite cue is its subject noun
  if (next && cue.last === cue.first && bareForm(first.lower) && finiteCueAt(ctx, cue.last + 1)) return false;
  const prev = tokens[cue.first - 1];
  // "the reality TV show The Apprentice", "a slide show": the cue word is the head of a compound noun
  if (prev?.kind === "word" && NOUN_COMPOUNDS.has(`${prev.lower} ${first.lower}`)) return false;
  // "a long-shot candidate (think Jimmy Carter in Iowa 1976) can catch fire": a bare form opening
  // a bracket is the writer's imperative aside, with no subject to report
  if (prev?.lower === "(" && cue.first === cue.last && bareForm(first.lower)) return false;
  // "Asked whether he would run, ...": a question cue may open its sentence
  if (!prev || sentenceStart)
    return cue.entry.words.length > 1 || prev?.kind === "quote" || cue.entry.complement === "question";
  if (prev.kind === "word") {
    if (DETERMINERS.has(prev.lower) && prev.lower !== "that") return false;
    // "all claims that ...", "new reports": a plural noun after a quantifier or an adjective
    // "18 states", "0.1 percentage points": a counted plural is a noun too
    if ((NOUN_MODIFIERS.has(prev.lower) || startsWithDigit(prev)) && cue.entry.words[0]?.endsWith("s")) return false;
    // "his early-morning tweets", "published reports", "renewed fears": a participle or a hyphened
    // modifier before a form in -s makes it a plural noun ("he also states" has an adverb there)
    if (cue.first === cue.last && first.lower.endsWith("s") && modifierBeforeNoun(prev)) return false;
    // "Russia's claims" is a noun; "he's claiming" is a pronoun and its auxiliary
    if ((prev.lower.endsWith("'s") && !PRONOUN_CONTRACTIONS.has(prev.lower)) || prev.lower.endsWith("s'")) return false;
    // "by saying ...", "for saying that ...": a gerund after a preposition still reports; "in reports" does not
    const byGerund = GERUND_PREPOSITIONS.has(prev.lower) && cue.entry.words[0]?.endsWith("ing");
    if (BEFORE_NOUN_OR_INFINITIVE.has(prev.lower) && !byGerund && !assertingInfinitive(ctx, cue)) return false;
    if (PASSIVE_BEFORE.has(prev.lower) && !cue.entry.words[0]?.endsWith("ing")) return false;
    if (cue.entry.base && singularPhraseBefore(ctx, cue.first)) return false;
    // "so charged that ...", "so politically charged that ...": a participle of degree, not a report
    if (
      DEGREE_WORDS.has(prev.lower) ||
      (prev.lower.endsWith("ly") && DEGREE_WORDS.has(tokens[cue.first - 2]?.lower ?? ""))
    )
      return false;
  }
  for (let k = cue.first - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return false;
  }
  return true;
}

/**
 * "was quick to point out that ...", "went out of her way to say that ...": an infinitive cue
 * whose frame asserts what follows, with "that" after it, as an explicit clause shows it reports.
 */
function assertingInfinitive(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  if ((tokens[cue.first - 1] as Token).lower !== "to") return false;
  const framed = ASSERTING_FRAMES.some((ws) => ws.every((w, k) => tokens[cue.first - 1 - ws.length + k]?.lower === w));
  if (!framed) return false;
  if (cue.entry.complement === "stance" || cue.entry.complement === "naming" || cue.entry.commits) return false;
  // "continued to assure her that": a hearer may stand before the clause
  const after = cue.entry.object && tokens[cue.last + 1]?.lower !== "that" ? cue.last + 2 : cue.last + 1;
  return tokens[after]?.lower === "that";
}

/** A reporting verb's past or present form starts at token i ("said", "say", "told"). */
function verbCueAt(ctx: ClaimContext, i: number): boolean {
  const cue = ctx.cueAt.get(i);
  if (cue === undefined || cue.entry.complement === "prepositional") return false;
  const w = (ctx.tokens[i] as Token).lower;
  return !w.endsWith("s") && !w.endsWith("ing");
}

// kinds of mention that may say something
const SAYING_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "person",
  "organization",
  "country",
  "group",
  "media",
]);
const DASHES = new Set(["—", "–", "-"]);

/**
 * "They state", "the website states", "The Aviation Herald states", "— states": a subject
 * pronoun, a document noun or a name ends right before the cue (over an adverb: "also states"),
 * or a dash sets an inverted attribution off.
 */
function sayingSubjectBefore(ctx: ClaimContext, first: number): boolean {
  const { tokens } = ctx;
  let j = first - 1;
  while (j >= 0 && j >= first - 2 && (tokens[j] as Token).kind === "word" && isAdverb((tokens[j] as Token).lower)) j--;
  const t = tokens[j];
  if (t === undefined) return false;
  if (t.kind !== "word") return DASHES.has(t.lower);
  if (SUBJECT_PRONOUNS.has(t.lower) || EXPLETIVE_SUBJECTS.has(t.lower)) return true;
  if (DOCUMENT_NOUNS.has(t.lower) || SPOKES_NOUNS.has(t.lower) || MEDIA_HEAD_NOUNS.has(t.lower)) return true;
  return mentionBefore(ctx.mentions, t.end + 1, SAYING_KINDS)?.end === t.end;
}

/** A lower-case participle ("published", "renewed") or hyphened word ("late-night") that modifies a noun after it. */
function modifierBeforeNoun(t: Token): boolean {
  if (t.upper) return false;
  return t.lower.includes("-") || (t.lower.length > 4 && t.lower.endsWith("ed") && !t.lower.endsWith("eed"));
}

/** "report", "claim": not a form in -s, -ed or -ing, nor an irregular past ("said", "told"). */
function bareForm(w: string): boolean {
  if (w === "said" || PAST_TENSE_VERBS.has(w)) return false;
  return !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing");
}

/** A finite reporting verb at token i: "said", "says", "told" (not "saying", nor "according to"). */
function finiteCueAt(ctx: ClaimContext, i: number): boolean {
  const cue = ctx.cueAt.get(i);
  if (cue === undefined || cue.entry.complement === "prepositional") return false;
  const w = (ctx.tokens[i] as Token).lower;
  return !w.endsWith("ing") && !bareForm(w);
}

// how many modifier words may stand between a noun phrase's opener and a cue word read as its head
const MAX_MODIFIERS = 3;

/**
 * "a U.S. state on the Gulf", "Biden's earlier pledge to ...", "the surveillance state": a bare
 * present-tense cue needs a plural or pronoun subject, so after a singular noun phrase's opener
 * and modifiers it is that phrase's head noun. Not after a preposition ("critics of the plan
 * say"), where the phrase is not the subject.
 */
function singularPhraseBefore(ctx: ClaimContext, first: number): boolean {
  const { tokens } = ctx;
  const head = tokens[first - 1] as Token;
  if (IRREGULAR_PLURALS.has(head.lower) || (head.lower.endsWith("s") && !allCaps(ctx.text, head))) return false;
  for (let k = first - 1, n = 0; k >= 0 && n <= MAX_MODIFIERS; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || ctx.sentenceOf[k] !== ctx.sentenceOf[first]) return false;
    const opener = SINGULAR_OPENERS.has(t.lower) || (t.lower.endsWith("'s") && !PRONOUN_CONTRACTIONS.has(t.lower));
    if (opener) return k === first - 1 || !isPreposition(tokens[k - 1]?.lower ?? "");
    // "the family would say", "this is why we believe": a modal or a pronoun is the verb's own subject side
    if (isPreposition(t.lower) || DETERMINERS.has(t.lower) || NEGATIONS.has(t.lower)) return false;
    if (AUXILIARY_AFTER_RELATIVE.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
    if (!t.upper && (SUBJECT_PRONOUNS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

// "US", "UN": an upper-case abbreviation ending in S is not a plural
function allCaps(text: string, t: Token): boolean {
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase();
}

function startsWithDigit(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return c >= 48 && c <= 57;
}
