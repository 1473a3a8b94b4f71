import { isAdverb } from "../events/clause-words.js";
import type { ActorKind } from "../model.js";
import { accordingTo } from "./according-to.js";
import { contentStops } from "./content-end.js";
import { contentFrom, draft, type TokenRange } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import { findInDocument } from "./in-document.js";
import { describesInvertedSpeaker } from "./inverted-description.js";
import {
  ADVERBIAL_START,
  AFTER_PRONOUN_OBJECT,
  AUXILIARY_AFTER_RELATIVE,
  CLAUSE_BOUNDARY,
  COUNT_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  EXPLETIVE_SUBJECTS,
  FINDING_CUES,
  FINDING_NOUNS,
  FRONTED_CLAUSE_OPENERS,
  HEARER_WORDS,
  ING_NOT_PARTICIPLE,
  NOT_COMPLEMENT_START,
  NOT_OBJECT_START,
  NOUN_MODIFIERS,
  PARTS_OF_DAY,
  PAST_TENSE_VERBS,
  PREPOSITIONS,
  PRONOUN_OBJECTS,
  PROPOSITION_NOUNS,
  QUANTIFIER_AFTER_AT,
  QUANTITY_PREPOSITIONS,
  QUANTITY_STARTS,
  SINGLE_WORD_ADVERBIALS,
  SUBJECT_PRONOUNS,
  TIME_DETERMINERS,
  TIME_NOUNS,
} from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import { participleReportAt, participleSpeaker } from "./participle.js";
import { putInObject } from "./put-in-object.js";
import { quotedLabel } from "./quoted-label.js";
import { skipBackOverAuxiliaries, speakerBefore } from "./speaker.js";
import { indirectQuestion, stanceObject } from "./stance-object.js";
import { findStatementNouns } from "./statement-nouns.js";
import { allUpper, type Token } from "./tokens.js";
import { commaBefore, trailing } from "./trailing-cue.js";

const THAT_REACH = 14;
// fewer tokens than this after a cue make no clause of their own ("panel Wednesday")
const SHORTEST_CLAUSE = 2;
// a cue's adverbial with commas or dashes in it may run this far before "that"
const ASIDE_REACH = 20;
const ASIDE_MARKS = new Set([",", "—", "–"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);
const ANY_KIND: ReadonlySet<ActorKind> = new Set<ActorKind>(["person", "organization", "country", "group", "media"]);

/**
 * Reported speech: 'X said (that) ...', '..., X said.', 'according to X,
 * ...', 'X told reporters (that) ...', '..., saying ...'. Content is the
 * complement clause without "that"; quoted fragments inside it make the claim
 * partial.
 */
export function findIndirectSpeech(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const stops = contentStops(ctx);
  const out: ClaimDraft[] = [];
  for (const [i, cue] of ctx.cueAt) {
    if (usedCues.has(i) || ctx.insideQuote[i] !== -1) continue;
    if (cue.entry.complement === "quote" || !isReportingUse(ctx, cue)) continue;
    if (objectGap(ctx, cue)) continue;
    const draft =
      cue.entry.complement === "prepositional"
        ? accordingTo(ctx, cue, stops)
        : cue.entry.complement === "naming"
          ? quotedLabel(ctx, cue, stops)
          : cue.entry.complement === "stance"
            ? stanceObject(ctx, cue, stops)
            : cue.entry.complement === "question"
              ? indirectQuestion(ctx, cue, stops)
              : reported(ctx, cue, stops);
    if (draft) {
      usedCues.add(i);
      out.push(draft);
    }
  }
  out.push(...findStatementNouns(ctx, usedCues, stops));
  out.push(...findInDocument(ctx, stops));
  return out;
}

function reported(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  // "..., said Brian Baker, a longtime adviser": the name after the cue is its subject
  if (cue.entry.inverts && commaBefore(ctx, cue.first) >= 0) {
    const inverted = trailing(ctx, cue, stops);
    if (inverted) return inverted;
    // '..., said an American official who was briefed': the phrase after the cue is its subject
    if (describesInvertedSpeaker(ctx, cue)) return null;
  }
  const block = blockAfterColon(ctx, cue);
  if (block) return draft(ctx, cue, speakerBefore(ctx, cue.first), block);
  const start = complementStart(ctx, cue);
  if (start !== null && putInObject(ctx, cue, start)) return null;
  if (start !== null) {
    const content = contentFrom(ctx, start, stops);
    // '..., Carter told a Senate panel Wednesday.': a scrap of words after the hearer is no clause,
    // so the clause before the comma is the report when there is one
    if (!content || content.last - content.first < SHORTEST_CLAUSE) {
      const before = trailing(ctx, cue, stops);
      if (before || !content) return before;
    }
    if (insideRelativeClause(ctx, cue) || insideFrontedClause(ctx, cue)) endAtComma(ctx, content);
    const who = participleSpeaker(ctx, cue) ?? speakerBefore(ctx, cue.first);
    return draft(ctx, cue, who, content);
  }
  const after = trailing(ctx, cue, stops);
  if (after) return after;
  const clause = clauseAfterComma(ctx, cue, stops);
  if (clause) return draft(ctx, cue, speakerBefore(ctx, cue.first), clause);
  // "she mentioned the trade deal": no clause, so the object phrase is what was said
  // "the poll found Lind leading by four points": a document's finding is its object phrase
  if (documentSubject(ctx, cue)) return finding(ctx, cue, stops);
  if (cue.entry.objectFallback) return stanceObject(ctx, cue, stops);
  return null;
}

/** "the poll found Lind leading by four points, with ...": the finding runs like a clause, past its commas. */
function finding(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const t = ctx.tokens[cue.last + 1];
  if (t === undefined || t.kind !== "word" || NOT_OBJECT_START.has(t.lower)) return null;
  const content = contentFrom(ctx, cue.last + 1, stops);
  return content ? draft(ctx, cue, speakerBefore(ctx, cue.first), content) : null;
}

/** The cue's subject ends in a document noun: "the poll found", "surveys show", "the records revealed". */
function documentSubject(ctx: ClaimContext, cue: Cue): boolean {
  if (!FINDING_CUES.has(cue.entry.words.join(" "))) return false;
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  const t = ctx.tokens[skipBackOverAuxiliaries(ctx.tokens, cue.first - 1, lo)];
  if (t === undefined || t.kind !== "word") return false;
  return DOCUMENT_NOUNS.has(t.lower) || FINDING_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(singular(t.lower));
}

function singular(w: string): string {
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

// words a sentence may open with before the subject of a cue that a comma follows
const SUBJECT_OPENERS = new Set(["as", "but", "and"]);

/**
 * 'As The Hill reported, the senator was ...', 'The Times reported on
 * Saturday, he has ...': a subject opening its sentence, the cue (and perhaps a
 * short adverbial), a comma, then the reported clause without quotation marks.
 */
function clauseAfterComma(ctx: ClaimContext, cue: Cue, stops: Int32Array): TokenRange | null {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cue.first] as number;
  const lo = ctx.sentenceFirst[s] as number;
  const hi = ctx.sentenceLast[s] as number;
  if (cue.entry.complement !== "any" || cue.entry.words[0]?.endsWith("ing")) return null;
  let comma = cue.last + 1;
  while (comma <= hi && comma - cue.last <= THAT_REACH / 2 && (tokens[comma] as Token).kind === "word") comma++;
  const next = tokens[comma + 1];
  if (tokens[comma]?.lower !== "," || comma + 1 > hi || next?.kind !== "word") return null;
  // ", however, that ...", ", in part, because ...": the clause has not started yet
  if (CLAUSE_BOUNDARY.has(next.lower) || ADVERBIAL_START.has(next.lower)) return null;
  // '..., he said, clutching the lectern': a participle describes the speaker, it is not what was said
  if (next.lower.endsWith("ing") && !ING_NOT_PARTICIPLE.has(next.lower)) return null;
  if (cue.entry.belief) return null;
  if (comma > cue.last + 1 && !ADVERBIAL_START.has((tokens[cue.last + 1] as Token).lower)) return null;
  let k = lo;
  while (k < cue.first && SUBJECT_OPENERS.has((tokens[k] as Token).lower)) k++;
  if (k >= cue.first) return null;
  // "All told, ...": a lone quantifier is no subject
  if (cue.first - k === 1 && NOUN_MODIFIERS.has((tokens[k] as Token).lower)) return null;
  for (let i = k; i < cue.first; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || CLAUSE_BOUNDARY.has(t.lower)) return null;
  }
  return contentFrom(ctx, comma + 1, stops);
}

/**
 * 'The governor added:' closing its paragraph, then a paragraph of what he
 * said set off without quotation marks: that paragraph is the content.
 */
function blockAfterColon(ctx: ClaimContext, cue: Cue): TokenRange | null {
  const { tokens } = ctx;
  const colon = cue.last + 1;
  const first = colon + 1;
  if (tokens[colon]?.lower !== ":" || first >= tokens.length) return null;
  if (ctx.paragraphOf[first] === ctx.paragraphOf[colon] || (tokens[first] as Token).kind !== "word") return null;
  let last = first;
  while (last + 1 < tokens.length && ctx.paragraphOf[last + 1] === ctx.paragraphOf[first]) last++;
  while (last > first && (tokens[last] as Token).kind === "punct") last--;
  return last - first >= 2 ? { first, last } : null;
}

/** "what authorities say were rallies": the cue's object is the gap of "what", not a clause. */
function objectGap(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  const j = skipBackOverAuxiliaries(tokens, cue.first - 1, lo);
  for (let k = j, n = 0; k >= lo && n < 5 && (tokens[k] as Token).kind === "word"; k--, n++)
    if ((tokens[k] as Token).lower === "what") return true;
  return false;
}

/** "China, which the report said stayed out, ...": the cue sits in a relative clause. */
function insideRelativeClause(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  let j = skipBackOverAuxiliaries(tokens, cue.first - 1, lo);
  for (let n = 0; j >= lo && n < 6 && (tokens[j] as Token).kind === "word"; j--, n++)
    if (RELATIVE_PRONOUNS.has((tokens[j] as Token).lower)) return (tokens[j - 1] as Token | undefined)?.lower === ",";
  return false;
}

/**
 * "After Lind said the ferry would stop, Okafor ...", "Having announced that
 * ..., the judge": the cue sits in a clause that opens the sentence before its
 * main clause, so what it reports ends at that clause's comma.
 */
function insideFrontedClause(ctx: ClaimContext, cue: Cue): boolean {
  const { tokens } = ctx;
  let k = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  while (k < cue.first && (tokens[k] as Token).kind !== "word") k++;
  if (k >= cue.first || !FRONTED_CLAUSE_OPENERS.has((tokens[k] as Token).lower)) return false;
  for (let i = k + 1; i < cue.first; i++) if ((tokens[i] as Token).kind === "punct") return false;
  return true;
}

/** Ends the content before its first comma, where a relative clause closes. */
function endAtComma(ctx: ClaimContext, range: TokenRange): void {
  for (let i = range.first + 1; i <= range.last && i - range.first < 200; i++)
    if ((ctx.tokens[i] as Token).lower === ",") {
      range.last = i - 1;
      return;
    }
}

/** First token of the complement after the cue, its hearer and adverbials; null when there is none. */
function complementStart(ctx: ClaimContext, cue: Cue): number | null {
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  let k = cue.last + 1;
  if (k > hi) return null;
  let t = tokens[k] as Token;
  if (t.lower === "that") return clauseAfterThat(ctx, cue, k, hi);
  const object = cue.entry.object;
  const skippable =
    ADVERBIAL_START.has(t.lower) || (object && (HEARER_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || t.upper));
  if (skippable) {
    let commas = 0;
    for (let m = k + 1; m <= hi && m - k <= (commas > 0 ? ASIDE_REACH : THAT_REACH); m++) {
      const u = tokens[m] as Token;
      // "told the Tribune the vote was fair before insisting that ...": that "that" is the participle's
      if (participleReportAt(ctx, m)) break;
      // "agreed on a line that would make ...": a relative "that" is followed by its verb
      if (u.kind === "word" && u.lower === "that") {
        if (AUXILIARY_AFTER_RELATIVE.has(tokens[m + 1]?.lower ?? "")) return null;
        // "ruled on the appeal of that decision", "concluded in that case that ...": after a
        // preposition "that" is a determiner; the clause's "that", if any, comes later
        const before = (tokens[m - 1] as Token).lower;
        if (before === "of" || PREPOSITIONS.has(before)) continue;
        return asideAfterThat(ctx, m, hi) ?? (m + 1 <= hi ? m + 1 : null);
      }
      // "said Thursday during a taping in Buffalo, New York, that ...": an aside before "that"
      if (u.kind === "punct" && ASIDE_MARKS.has(u.lower) && commas < 3) {
        commas++;
        continue;
      }
      if (u.kind === "word" && commas > 0 && CLAUSE_BOUNDARY.has(u.lower)) break;
      // 'said on NBC's "Meet the Press" on Sunday that ...': a quoted title inside the adverbial
      if (u.kind !== "word" && u.kind !== "quote") break;
    }
  }
  // "said after the convention he would not ...": a short prepositional phrase, then a pronoun's clause
  if (PREPOSITIONS.has(t.lower)) {
    const clause = pronounClauseAfter(ctx, k + 1, hi) ?? nounClauseAfter(ctx, k + 1, hi);
    if (clause !== null) return clause;
  }
  // "told reporters this weekend he would ...": a time phrase, then the hearer or the clause
  // ("said each year of education adds ...": a time noun with "of" after it heads the clause's subject)
  if (
    TIME_DETERMINERS.has(t.lower) &&
    TIME_NOUNS.has(tokens[k + 1]?.lower ?? "") &&
    k + 2 <= hi &&
    tokens[k + 2]?.lower !== "of"
  ) {
    k += 2;
    t = tokens[k] as Token;
  }
  if (SINGLE_WORD_ADVERBIALS.has(t.lower)) {
    k++;
    // "said Friday afternoon"
    if (k <= hi && PARTS_OF_DAY.has((tokens[k] as Token).lower)) k++;
    if (k > hi) return null;
    t = tokens[k] as Token;
  } else if (object) {
    k = skipHearer(ctx, k, hi);
    if (TIME_DETERMINERS.has(tokens[k]?.lower ?? "") && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "")) k += 2;
    // "told a news conference they are ...": the rest of the hearer, then a subject pronoun's clause
    const clause = pronounClauseAfter(ctx, k, Math.min(hi, k + HEARER_TAIL));
    if (clause !== null && !SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? "")) k = clause;
    if (k > hi) return null;
    t = tokens[k] as Token;
  }
  // "vowed to bring back jobs": a promise reports what is promised
  if (cue.entry.infinitive && t.lower === "to" && tokens[k + 1]?.kind === "word") return k;
  if (cue.entry.complement === "that") return bareClause(ctx, k, hi) ? k : evidenceObject(ctx, k, hi);
  if (t.kind === "quote") return ctx.quoteMark[k] !== -1 ? k : null;
  if (t.kind !== "word") return null;
  // "said at least 71 people were arrested"
  if (t.lower === "at" && QUANTIFIER_AFTER_AT.has(tokens[k + 1]?.lower ?? "")) return k;
  // "reported no traces were found": a noun phrase with its verb is a clause
  if (t.lower === "no" && k + 1 <= hi && subjectThenVerb(ctx, k + 1, hi)) return k;
  // "proclamations which analysts say could have ...": the relative's gap is the clause's subject
  if (AUXILIARY_AFTER_RELATIVE.has(t.lower) && gapBeforeCue(ctx, cue)) return k;
  const follower = tokens[k + 1];
  // "claiming them to be mercenaries": the object and its infinitive are what is claimed
  if (OBJECT_PRONOUNS.has(t.lower) && follower?.lower === "to" && tokens[k + 2]?.lower === "be") return k;
  // "said nothing was decided", "said about 20 people have applied": a quantity with its verb is a clause
  if (QUANTITY_STARTS.has(t.lower) && subjectThenVerb(ctx, k, hi)) return k;
  // "said over a hundred people attended": "over" a count opens the clause's subject, not a phrase of place
  if (QUANTITY_PREPOSITIONS.has(t.lower) && countAfter(follower) && countedSubjectThenVerb(ctx, k + 1, hi)) return k;
  // "said US troops had ...": a capitalised "US" inside a sentence is the country, not the pronoun
  const name = t.upper && ctx.titleCase[ctx.sentenceOf[k] as number] !== 1;
  if (NOT_COMPLEMENT_START.has(t.lower) && !name) return null;
  // "said it over and over", "said so": an object, not a clause
  if (
    PRONOUN_OBJECTS.has(t.lower) &&
    (!follower || follower.kind !== "word" || AFTER_PRONOUN_OBJECT.has(follower.lower))
  )
    return null;
  return k;
}

/**
 * Where the clause opened by the cue's "that" at `k` starts. "said that was a
 * mistake": before an auxiliary, "that" is the clause's subject; but after a
 * plural noun ("the reports that were leaked", "many states that have") it is
 * a relative pronoun, so there is no clause.
 */
function clauseAfterThat(ctx: ClaimContext, cue: Cue, k: number, hi: number): number | null {
  if (k + 1 > hi) return null;
  if (AUXILIARY_AFTER_RELATIVE.has((ctx.tokens[k + 1] as Token).lower)) return pluralNounCue(ctx, cue) ? null : k;
  // "said that, and left": a comma after "that" with no aside closing opens no clause
  if ((ctx.tokens[k + 1] as Token).lower === ",") return asideAfterThat(ctx, k, hi);
  return k + 1;
}

/**
 * The cue is a form in -s with no subject before it, so a plural noun: "the
 * reports", "many states", "industrial states"; a verb in -s follows a name,
 * a pronoun or an adverb ("Lind believes", "it says", "also insists").
 */
function pluralNounCue(ctx: ClaimContext, cue: Cue): boolean {
  if (cue.first !== cue.last || !(ctx.tokens[cue.first] as Token).lower.endsWith("s")) return false;
  const before = ctx.tokens[cue.first - 1];
  if (before === undefined || before.kind !== "word") return true;
  // a capital alone marks no name ("Industrial states", "Rust Belt states"); a mention ending there does
  const name = before.upper && mentionBefore(ctx.mentions, before.end + 1, ANY_KIND)?.end === before.end;
  return !(
    name ||
    SUBJECT_PRONOUNS.has(before.lower) ||
    EXPLETIVE_SUBJECTS.has(before.lower) ||
    isAdverb(before.lower)
  );
}

/**
 * "said that, after the vote, the ferry would stop": an aside set off by
 * commas right after "that" opens the content; without its closing comma
 * ("said that, and left") there is none.
 */
function asideAfterThat(ctx: ClaimContext, k: number, hi: number): number | null {
  const { tokens } = ctx;
  if (tokens[k + 1]?.lower !== "," || k + 2 > hi) return null;
  // 'added that, "she has ..."': the quotation is the content
  if ((tokens[k + 2] as Token).kind === "quote") return ctx.quoteMark[k + 2] !== -1 ? k + 2 : null;
  if ((tokens[k + 2] as Token).kind !== "word") return null;
  // the aside may hold a parenthesis or a quoted name ('thanks to its "Precision Method," he ...')
  for (let m = k + 3; m < hi; m++) {
    if ((tokens[m] as Token).lower !== ",") continue;
    // a comma inside the quoted name's closing mark
    const next = tokens[m + 1]?.kind === "quote" ? tokens[m + 2] : tokens[m + 1];
    return next?.kind === "word" ? k + 2 : null;
  }
  return null;
}

// how many words of a hearer may be left after skipHearer before a pronoun opens the clause
const HEARER_TAIL = 3;
// how many words a prepositional phrase between a cue and its clause may have
const PHRASE_REACH = 6;

/** The subject pronoun that starts a clause within a few plain words after `k` ("the convention he would"); null if none. */
function pronounClauseAfter(ctx: ClaimContext, k: number, hi: number): number | null {
  for (let m = k; m <= hi && m - k < PHRASE_REACH; m++) {
    const u = ctx.tokens[m] as Token;
    if (u.kind !== "word" || CLAUSE_BOUNDARY.has(u.lower)) return null;
    if (m > k && SUBJECT_PRONOUNS.has(u.lower) && ctx.tokens[m + 1]?.kind === "word") return m;
    // "said in politics it takes time": "it" with a verb after it (not "in it", "of it")
    if (m > k && EXPLETIVE_SUBJECTS.has(u.lower) && verbAfterIt(ctx.tokens[m + 1])) return m;
  }
  return null;
}

/**
 * "said in a statement the union would strike", "wrote on his blog the pier
 * was unsafe": after the phrase's noun, a noun phrase that an article or a
 * possessive opens, with an auxiliary after it, starts the clause; null if none.
 */
function nounClauseAfter(ctx: ClaimContext, k: number, hi: number): number | null {
  const { tokens } = ctx;
  for (let m = k + 1; m <= hi && m - k < PHRASE_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.kind !== "word" || CLAUSE_BOUNDARY.has(u.lower)) return null;
    const prev = tokens[m - 1] as Token;
    // "in a statement", "to his aides": a determiner right after a preposition is still the phrase's
    if (!DETERMINERS.has(u.lower) || TIME_DETERMINERS.has(u.lower) || PREPOSITIONS.has(prev.lower)) continue;
    if (DETERMINERS.has(prev.lower) || SUBJECT_PREPOSITIONS.has(prev.lower) || prev.lower === "to") continue;
    return auxiliaryAfterSubject(ctx, m, hi) ? m : null;
  }
  return null;
}

/**
 * A short noun phrase from `k`, then an auxiliary. Not "the statement the
 * board had issued.": an auxiliary and a participle closing the sentence make
 * a relative clause on the noun before.
 */
function auxiliaryAfterSubject(ctx: ClaimContext, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let m = k + 1; m <= hi && m - k <= SUBJECT_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.kind !== "word" || CLAUSE_BOUNDARY.has(u.lower)) return false;
    if (!AUXILIARY_AFTER_RELATIVE.has(u.lower)) continue;
    const next = tokens[m + 1];
    const participle = next !== undefined && !next.upper && (next.lower.endsWith("ed") || next.lower.endsWith("en"));
    return !(participle && tokens[m + 2]?.kind !== "word");
  }
  return false;
}

/** "it takes", "it is", "it would": a third-person verb or an auxiliary after "it". */
function verbAfterIt(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word" || t.upper) return false;
  return (
    AUXILIARY_AFTER_RELATIVE.has(t.lower) || (t.lower.length > 3 && t.lower.endsWith("s") && !t.lower.endsWith("ss"))
  );
}

/** "which analysts say could ...", "who officials say was ...": a relative pronoun and a short subject before the cue. */
function gapBeforeCue(ctx: ClaimContext, cue: Cue): boolean {
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  for (let j = cue.first - 2, n = 0; j >= lo && n < 4; j--, n++) {
    const t = ctx.tokens[j] as Token;
    if (t.kind !== "word") return false;
    if (RELATIVE_PRONOUNS.has(t.lower) || t.lower === "that") return true;
  }
  return false;
}

/**
 * "announced she would run", "confirmed it was closed": a subject pronoun
 * (or "it"/"there" with its verb) can only start a clause, so a verb that
 * otherwise needs "that" takes the clause bare.
 */
function bareClause(ctx: ClaimContext, k: number, hi: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (SUBJECT_PRONOUNS.has(t.lower)) return ctx.tokens[k + 1]?.kind === "word";
  // "announced it was closing", "announced it added 255,000 jobs": "it" and a finite verb (not "there", whose verb is "is")
  if (EXPLETIVE_SUBJECTS.has(t.lower)) {
    const next = ctx.tokens[k + 1];
    if (next !== undefined && AUXILIARY_AFTER_RELATIVE.has(next.lower)) return true;
    return (
      t.lower === "it" &&
      next !== undefined &&
      next.kind === "word" &&
      (PAST_TENSE_VERBS.has(next.lower) || pastTense(next))
    );
  }
  // "alleged Navalny was poisoned", "indicated the United States was disappointed"
  // "stated 92% of the votes were counted", "said 40 people had died": a number opens the subject too
  return (t.upper || DETERMINERS.has(t.lower) || startsWithDigit(t)) && subjectThenVerb(ctx, k, hi);
}

function startsWithDigit(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// how many words a bare clause's subject may have before its auxiliary
const SUBJECT_REACH = 7;
// prepositions that may sit inside a clause's subject ("traces of poison", "the tests by a laboratory")
const SUBJECT_PREPOSITIONS = new Set(["of", "by", "from", "in", "at", "for", "with"]);

/**
 * A short run of plain words and then an auxiliary ("the company was",
 * "Navalny had", "traces of poison were"), or a name and a past-tense verb
 * ("Avenatti intended").
 */
function subjectThenVerb(ctx: ClaimContext, k: number, hi: number): boolean {
  const { tokens } = ctx;
  if (k > hi) return false;
  const named = (tokens[k] as Token).upper;
  // a determiner or a quantity ("about half of", "more than 1 million") opens a noun phrase whose verb may be a past tense
  const determined =
    DETERMINERS.has((tokens[k] as Token).lower) ||
    QUANTITY_STARTS.has((tokens[k] as Token).lower) ||
    startsWithDigit(tokens[k] as Token);
  for (let m = k; m <= hi && m - k <= SUBJECT_REACH; m++) {
    const u = tokens[m] as Token;
    // "92% of the votes": a percent sign inside a quantity
    if (u.lower === "%" && m === k + 1) continue;
    if (u.kind !== "word") return false;
    if (m > k && AUXILIARY_AFTER_RELATIVE.has(u.lower)) return true;
    // a name's past-tense verb: every word before it is part of the name
    if (m > k && named && pastTense(u) && allUpper(tokens, k, m)) return true;
    // "the tests by a military laboratory found": a past tense after the noun a determiner opens
    // "more than 1 million donors": a comparison inside a quantity
    if (m === k + 1 && u.lower === "than" && QUANTITY_STARTS.has((tokens[k] as Token).lower)) continue;
    // "the plan to cut taxes": an infinitive is inside the noun phrase, not its verb
    if (u.lower === "to") return false;
    if (determined && m > k + 1 && !u.upper && (PAST_TENSE_VERBS.has(u.lower) || pastTense(u))) return true;
    // "traces of poison", "the tests by a laboratory": a preposition inside the subject
    if (m > k && SUBJECT_PREPOSITIONS.has(u.lower) && tokens[m + 1]?.kind === "word") continue;
    if (CLAUSE_BOUNDARY.has(u.lower) || (m > k && NOT_OBJECT_START.has(u.lower))) return false;
  }
  return false;
}

/** A number or a count word: "20", "a (hundred)", "dozens". */
function countAfter(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const c = t.lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || COUNT_WORDS.has(t.lower);
}

/** "a hundred people attended", "20 homes were": a counted noun phrase, then its verb. */
function countedSubjectThenVerb(ctx: ClaimContext, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let m = k + 1; m <= hi && m - k <= SUBJECT_REACH; m++) {
    const u = tokens[m] as Token;
    if (u.kind !== "word" || CLAUSE_BOUNDARY.has(u.lower)) return false;
    if (u.upper) continue;
    if (AUXILIARY_AFTER_RELATIVE.has(u.lower) || PAST_TENSE_VERBS.has(u.lower) || pastTense(u)) return true;
  }
  return false;
}

function pastTense(t: Token): boolean {
  return !t.upper && t.lower.length > 4 && t.lower.endsWith("ed");
}

/** "found no evidence that ...": a short noun phrase headed by a proposition noun, then "that". */
function evidenceObject(ctx: ClaimContext, k: number, hi: number): number | null {
  const { tokens } = ctx;
  for (let m = k; m < hi && m - k < 4; m++) {
    const t = tokens[m] as Token;
    if (t.kind !== "word") return null;
    if (PROPOSITION_NOUNS.has(t.lower) && tokens[m + 1]?.lower === "that") return k;
  }
  return null;
}

/** Past the hearer of "told": "reporters", "him", "CNBC", "the “Solovyov Live” channel". */
function skipHearer(ctx: ClaimContext, k: number, hi: number): number {
  const { tokens } = ctx;
  const t = tokens[k] as Token;
  if (OBJECT_PRONOUNS.has(t.lower) || (HEARER_WORDS.has(t.lower) && t.lower !== "the")) return k + 1;
  let m = k;
  const det = DETERMINERS.has(t.lower);
  if (det) m++;
  if (m <= hi && (tokens[m] as Token).kind === "quote") {
    const q = ctx.quoteMark[m] as number;
    const quote = q >= 0 ? ctx.quotes[q] : undefined;
    if (quote && quote.openTok === m) m = quote.closeTok + 1;
  }
  const named = m;
  while (m <= hi && (tokens[m] as Token).upper) m++;
  // "told The Star-Ledger of Newark": a place or body after "of" is part of the hearer's name
  if (m > named && tokens[m]?.lower === "of" && tokens[m + 1]?.upper) {
    m++;
    while (m <= hi && (tokens[m] as Token).upper) m++;
  }
  // the head noun after a bare determiner: "the channel" (not "the Military Times the attack")
  if (det && m === named && m <= hi && (tokens[m] as Token).kind === "word") m++;
  return m === k ? k : m;
}
