import { contentFrom, draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import {
  AUXILIARY_AFTER_RELATIVE,
  CLAUSE_BOUNDARY,
  EXPLETIVE_SUBJECTS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { appositiveName, resolveNounPhrase, type Speaker } from "./speaker.js";
import { type Token, tokenAt } from "./tokens.js";

const MAX_NP = 12;
const MAX_OPENING_SOURCE = 30;
const APPOSITION_START = new Set(["a", "an"]);
// a cue after these opens its own clause, like one at a sentence's start
const CLAUSE_OPENERS = new Set([";", "and", "but"]);

/** 'According to X, ...' and '..., according to X.' */
export function accordingTo(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cue.first] as number;
  const lo = ctx.sentenceFirst[s] as number;
  const hi = ctx.sentenceLast[s] as number;
  const k = cue.last + 1;
  if (k > hi || (tokens[k] as Token).kind !== "word") return null;
  let j = k;
  while (j + 1 <= hi && j - k < MAX_NP && (tokens[j + 1] as Token).kind === "word") {
    const next = tokens[j + 1] as Token;
    // "according to Reuters and NBC": "and" between names joins sources, not clauses
    const joinsNames = next.lower === "and" && (tokens[j] as Token).upper && tokens[j + 2]?.upper === true;
    if (CLAUSE_BOUNDARY.has(next.lower) && !joinsNames) break;
    j++;
  }
  // "...; according to prosecutors, he owed ...", "... and according to the ministry he died ...":
  // after a semicolon or a conjunction the cue opens a clause of its own
  const opens = cue.first - lo <= 1 || CLAUSE_OPENERS.has(tokens[cue.first - 1]?.lower ?? "");
  if (opens) {
    // "According to early results of exit polls conducted for the AP and networks, ...": a long source
    let comma = k;
    while (comma <= hi && comma - k < MAX_OPENING_SOURCE && (tokens[comma] as Token).kind === "word") {
      // "according to the ministry he died": without a comma, a subject pronoun starts the content
      if (comma > k && opensClause(tokens[comma] as Token)) break;
      comma++;
    }
    const pronoun = comma <= hi && opensClause(tokens[comma] as Token);
    if (tokens[comma]?.lower !== "," && !pronoun) return null;
    if (comma - 1 < j) j = comma - 1;
    const apposed = pronoun ? null : apposedSource(ctx, k, j, hi);
    const who = apposed?.who ?? resolveNounPhrase(ctx, k, j);
    const content = contentFrom(ctx, apposed ? apposed.next : pronoun ? comma : comma + 1, stops);
    // "According to ISNA, the prosecutor, Mr. X, said ...": the words up to the
    // next cue are its speaker, and that claim says what the source reports
    if (!content || speakerOfNextCue(ctx, content.last)) return null;
    return draft(ctx, cue, who, content);
  }
  const who = resolveNounPhrase(ctx, k, j);
  let end = cue.first - 1;
  while (end >= lo && (tokens[end] as Token).kind === "punct") end--;
  if (end - lo < 2 || (tokens[lo] as Token).kind === "quote") return null;
  // '"He's trying to kill them," Hewitt said, according to a transcript': the source relays the report before it
  if (endsWithReport(ctx, lo, end)) return null;
  // '..., according to the CBO, and the ...': the source interrupts its content
  // ('..., according to Bill Smith, a pollster who ...' is an apposition, not more content)
  const next = tokens[j + 2];
  if (tokens[j + 1]?.lower === "," && next?.kind === "word" && j + 2 <= hi && !APPOSITION_START.has(next.lower)) {
    const rest = contentFrom(ctx, j + 2, stops);
    if (rest) return draft(ctx, cue, who, { first: lo, last: rest.last });
  }
  return draft(ctx, cue, who, { first: lo, last: end });
}

/**
 * "According to the city's mayor, Ann Roe, ...": a description that names no one and a person's
 * name in apposition after it; that person is the source, and the content starts after the name's
 * comma (null when the words after the comma are not such a name).
 */
function apposedSource(ctx: ClaimContext, k: number, j: number, hi: number): { who: Speaker; next: number } | null {
  const who = appositiveName(ctx, k, j, hi);
  if (!who?.source) return null;
  const after = tokenAt(ctx.tokens, who.source.end);
  return ctx.tokens[after]?.lower === "," && after < hi ? { who, next: after + 1 } : null;
}

/** A subject pronoun ("he", "it") can only open a clause, so a source phrase ends before it. */
function opensClause(t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower) || EXPLETIVE_SUBJECTS.has(t.lower);
}

/** A comma and a cue right after the range: the range was the subject of that cue. */
function speakerOfNextCue(ctx: ClaimContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return next?.lower === "," && ctx.cueAt.has(last + 2);
}

// words a reporting cue's subject may run to when it opens the sentence ("The AP reported that")
const MAX_SUBJECT = 4;

/** Before the cue stands only its subject: a short phrase from the sentence's start, or a speaker right after a closing quote. */
function subjectOnlyBefore(ctx: ClaimContext, lo: number, cueFirst: number): boolean {
  if (cueFirst - lo <= MAX_SUBJECT) return true;
  for (let i = cueFirst - 1; i >= lo && cueFirst - i <= MAX_SUBJECT + 1; i--)
    if ((ctx.tokens[i] as Token).kind === "quote") return true;
  return false;
}

// cues that report a saying (not "states" of a map, "terms", a finding's "shows")
const SAYING: ReadonlySet<string> = new Set(["any", "that", "quote", "question"]);
// how many words a reporting cue may stand from the end of what "according to" follows
const REPORT_TAIL = 6;

/**
 * '"When does it stop?" the judge said, according to the Post', 'O'Malley said at a press
 * conference, according to the Las Vegas Sun', 'The AP reported that, according to ...': the
 * words before "according to" end with a reporting cue and at most a phrase of place or time
 * (or a bare "that"), so they hold no content of their own; the cue's claim carries it.
 */
function endsWithReport(ctx: ClaimContext, lo: number, end: number): boolean {
  const { tokens } = ctx;
  for (let i = end; i > lo && end - i <= REPORT_TAIL; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") return false;
    const cue = ctx.cueAt.get(i);
    if (cue === undefined || cue.last > end || !SAYING.has(cue.entry.complement) || !isReportingUse(ctx, cue)) continue;
    if (!subjectOnlyBefore(ctx, lo, cue.first)) return false;
    if (cue.last === end) return true;
    const after = tokens[cue.last + 1] as Token;
    if (cue.last + 1 === end && after.lower === "that") return true;
    if (!PREPOSITIONS.has(after.lower)) return false;
    for (let m = cue.last + 1; m <= end; m++) {
      const w = (tokens[m] as Token).lower;
      if (SUBJECT_PRONOUNS.has(w) || AUXILIARY_AFTER_RELATIVE.has(w) || w === "that") return false;
    }
    return true;
  }
  return false;
}
