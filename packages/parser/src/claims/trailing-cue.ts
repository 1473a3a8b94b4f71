import { contentFrom, draft, ENDING_PUNCT } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import {
  ADVERBIAL_START,
  AUXILIARY_AFTER_RELATIVE,
  BEFORE_ONLY_AFTER_COMMA,
  CLAUSE_BOUNDARY,
  DETERMINERS,
  HEARER_WORDS,
  INVERTED_SUBJECT_STARTS,
  NAME_FUNCTION_WORDS,
  SINGLE_WORD_ADVERBIALS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { openingPhraseOnly } from "./opening-phrase.js";
import { resolveNounPhrase, type Speaker, skipBackOverAuxiliaries, speakerAfter, speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

const MAX_NP = 12;
const MAX_INVERTED_SUBJECT = 6;
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);
const INDEFINITE_ARTICLES = new Set(["a", "an"]);
// a relative clause this close to the sentence's start hangs on its subject
const SUBJECT_BEFORE_RELATIVE = 6;
// how many words a lower-case inverted subject may have ("a former spokesman for Ukraine's Foreign Ministry")
const MAX_LOWER_SUBJECT = 10;
// lower-case content words before the sentence's first comma for it to close a clause, not a name
const MIN_OPENING_CLAUSE = 2;
// how far past an inverted subject a clause's auxiliary is looked for
const LATER_VERB_REACH = 40;
// words that make the phrase after a cue a clause or an infinitive, not a speaker
const NOT_IN_SUBJECT = new Set(["that", "to", "not", "and", "but", "if", "because", "when", "while"]);
const SUBJECT_END = new Set([",", ".", "(", "!", "?", ";", "—", "–"]);

/** '..., X said.' and '..., said X.': the content is the clause before the comma. */
export function trailing(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cue.first] as number;
  const lo = ctx.sentenceFirst[s] as number;
  const hi = ctx.sentenceLast[s] as number;
  // only a hearer or an adverbial may follow the cue before the sentence or clause ends
  let m = cue.last + 1;
  const after = tokens[m];
  const inverted =
    cue.entry.inverts &&
    commaBefore(ctx, cue.first) >= 0 &&
    after?.kind === "word" &&
    (after.upper ? !relativeBefore(ctx, lo, cue.first) : lowerCaseSubjectAfter(ctx, cue, lo, hi));
  if (inverted) {
    // '..., noted NBC's Dante Chinni.': the subject follows the cue, a short name
    const who = speakerAfter(ctx, cue.last);
    if (who.source) while (m <= hi && (tokens[m] as Token).end <= who.source.end) m++;
    if (m - cue.last > (after.upper ? MAX_INVERTED_SUBJECT : MAX_LOWER_SUBJECT)) return null;
    // 'Lee, a salesman from Ohio, says Cruz will win.': an auxiliary after the name makes it the
    // subject of the report that follows the cue, not the cue's own subject ("Will" in a name is no auxiliary)
    for (let k = cue.last + 1; k <= m && k <= hi; k++) {
      const t = tokens[k] as Token;
      if (!t.upper && AUXILIARY_AFTER_RELATIVE.has(t.lower)) return null;
    }
    // '..., said a handful of Democrats who point to ...': a relative clause on the speaker ends the report
    if (RELATIVE_PRONOUNS.has(tokens[m]?.lower ?? "")) m = hi + 1;
  } else if (m <= hi && after?.kind === "word") {
    const adverbial = ADVERBIAL_START.has(after.lower) || SINGLE_WORD_ADVERBIALS.has(after.lower);
    const hearer =
      cue.entry.object &&
      (HEARER_WORDS.has(after.lower) ||
        after.upper ||
        OBJECT_PRONOUNS.has(after.lower) ||
        // 'told a Senate panel', not 'told a joke'
        (INDEFINITE_ARTICLES.has(after.lower) && tokens[m + 1]?.upper === true));
    if (!adverbial && !hearer) return null;
  }
  while (m <= hi && (tokens[m] as Token).kind === "word" && m - cue.last <= 8) {
    if (CLAUSE_BOUNDARY.has((tokens[m] as Token).lower) && (tokens[m] as Token).lower !== "as") return null;
    m++;
  }
  // "Ann Lee, the mayor, told reporters she ...": a hearer followed by a clause's subject or verb
  // is a report that runs forward, not the end of one before the comma
  if (cue.entry.object && clauseAfterHearer(tokens, cue.last + 1, m)) return null;
  const closer = m <= hi ? (tokens[m] as Token) : undefined;
  if (closer && !ENDING_PUNCT.has(closer.lower)) return null;
  // 'said:' and 'said, "' introduce a quotation, which is the direct pass's business
  if (closer?.lower === ":" || (closer?.lower === "," && tokens[m + 1]?.kind === "quote")) return null;
  const subject = trailingSubject(ctx, cue, lo);
  if (!subject) return null;
  const { comma, who } = subject;
  // a quote that runs from the sentence's start to the comma is a direct quotation
  const q = ctx.quoteMark[lo] as number;
  if (q >= 0 && (ctx.quotes[q]?.closeTok ?? 0) >= comma - 1) return null;
  // "Back in Virginia, Mr. Clarke said, he decided ...": the cue interrupts its content
  const next = tokens[m + 1];
  // after an inverted speaker, ", the White House press secretary" is the speaker's apposition
  // (", director of the center", ", a former aide"); a pronoun or auxiliary resumes the interrupted clause
  const apposition =
    inverted && !SUBJECT_PRONOUNS.has(next?.lower ?? "") && !AUXILIARY_AFTER_RELATIVE.has(next?.lower ?? "");
  if (
    closer?.lower === "," &&
    next?.kind === "word" &&
    m + 1 <= hi &&
    !apposition &&
    !BEFORE_ONLY_AFTER_COMMA.has(next.lower)
  ) {
    const rest = next.lower.endsWith("ing") ? null : contentFrom(ctx, m + 1, stops);
    if (rest && comma > lo) return draft(ctx, cue, who, { first: lo, last: rest.last });
  }
  // 'The paradox, says Carl Anthony, a historian at the library, is that ...': the clause resumes past the apposition
  if (apposition && closer?.lower === "," && comma > lo) {
    const resumed = resumeAfterApposition(ctx, m + 1, hi, stops);
    if (resumed) return draft(ctx, cue, who, { first: lo, last: resumed });
  }
  if (comma - lo < 3) return null;
  // "In his speech, Mr. Obama argued emphatically ...": a phrase that sets the scene for a report going on past the cue
  if (closer !== undefined && closer.lower !== "." && openingPhraseOnly(ctx, lo, comma - 1)) return null;
  // 'The harbor "has never been safer," Marlow said': keep the quoted predicate whole
  const closing = tokens[comma + 1]?.kind === "quote" && ctx.quoteMark[comma + 1] !== -1;
  return draft(ctx, cue, who, { first: lo, last: closing ? comma + 1 : comma - 1 });
}

/** A subject pronoun or a finite auxiliary among the words after a hearer-taking cue. */
function clauseAfterHearer(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = (tokens[i] as Token).lower;
    if (RELATIVE_PRONOUNS.has(w)) return false;
    if (SUBJECT_PRONOUNS.has(w) || AUXILIARY_AFTER_RELATIVE.has(w)) return true;
  }
  return false;
}

/**
 * "Mathur, who studies tax policy, said ...": the commas close a relative
 * clause on the subject. Only a relative clause hung on a short opening
 * phrase is the subject's: in "Cruz lacks support in Congress, whom he's
 * alienated, said Larry Sabato" it belongs to the reported clause.
 */
function relativeBefore(ctx: ClaimContext, lo: number, cueFirst: number): boolean {
  for (let i = Math.max(lo, cueFirst - MAX_NP * 3); i < cueFirst - 1; i++)
    if ((ctx.tokens[i] as Token).lower === "," && RELATIVE_PRONOUNS.has(ctx.tokens[i + 1]?.lower ?? ""))
      return i - lo <= SUBJECT_BEFORE_RELATIVE;
  return false;
}

/**
 * '..., said several observers.', '..., says political scientist Dossym
 * Satpayev': a lower-case noun phrase after a cue that follows a comma is the
 * speaker when it runs to the sentence's end (or a comma, bracket or relative
 * pronoun) with no auxiliary, "that" or "to" in it and none later in the
 * sentence ('..., said the aide who replaced him, Paul Manafort, should go' is
 * a clause), and the text before the comma opens with a clause rather than a
 * subject and its aside ('Trump, speaking in Ohio, said the deal was bad').
 */
function lowerCaseSubjectAfter(ctx: ClaimContext, cue: Cue, lo: number, hi: number): boolean {
  const { tokens } = ctx;
  // a participle ('..., noting the size of ...') has no subject of its own after it
  if (cue.entry.words[0]?.endsWith("ing")) return false;
  const first = tokens[cue.last + 1] as Token;
  if (!INVERTED_SUBJECT_STARTS.has(first.lower) && !nameWithin(tokens, cue.last + 1, hi)) return false;
  let m = cue.last + 1;
  for (; m <= hi; m++) {
    const t = tokens[m] as Token;
    if (t.kind !== "word" || RELATIVE_PRONOUNS.has(t.lower)) break;
    if (m - cue.last > MAX_LOWER_SUBJECT || AUXILIARY_AFTER_RELATIVE.has(t.lower)) return false;
    // "a former aide to the mayor" is a phrase; "said to be" and "said that" are not a speaker
    if (NOT_IN_SUBJECT.has(t.lower) && !(t.lower === "to" && nounAfter(tokens[m + 1]))) return false;
  }
  const end = tokens[m];
  if (m <= hi && end?.kind === "punct" && !SUBJECT_END.has(end.lower)) return false;
  if (m <= hi && end?.kind === "quote") return false;
  for (let i = m; i <= hi && i - m < LATER_VERB_REACH; i++)
    if (AUXILIARY_AFTER_RELATIVE.has((tokens[i] as Token).lower) && ctx.insideQuote[i] === -1) return false;
  if (relativeBefore(ctx, lo, cue.first)) return false;
  let opening = -1;
  for (let i = lo; i < cue.first && opening < 0; i++) if ((tokens[i] as Token).lower === ",") opening = i;
  if (opening < 0 || ctx.insideQuote[opening] !== -1) return false;
  // 'Gov. John Kasich of Ohio, a Republican who ..., said ...': a name and its apposition are a subject
  let contentWords = 0;
  for (let i = lo; i < opening; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && !t.upper && !NAME_FUNCTION_WORDS.has(t.lower)) contentWords++;
  }
  return contentWords >= MIN_OPENING_CLAUSE && !subjectApposition(ctx, lo, cue.first - 1);
}

/**
 * '..., and Gov. Jay Nixon, tweeted their approval', 'Sen. Cruz, a candidate
 * who ..., tweeted a warning': the stretch between the last two commas is a
 * name or an apposition ('a ...', 'the ...'), so the subject stands before the cue.
 */
function subjectApposition(ctx: ClaimContext, lo: number, comma: number): boolean {
  const { tokens } = ctx;
  let open = comma - 1;
  while (open > lo && (tokens[open] as Token).lower !== ",") open--;
  if (open <= lo) return false;
  const first = tokens[open + 1] as Token;
  if (DETERMINERS.has(first.lower) && first.lower !== "that") return true;
  for (let i = open + 1; i < comma; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && !t.upper && !NAME_FUNCTION_WORDS.has(t.lower)) return false;
  }
  return true;
}

// how many tokens an inverted speaker's apposition may run before the interrupted clause resumes
const APPOSITION_REACH = 16;

/** The end of a clause that resumes with an auxiliary after the apposition's closing comma; null if none. */
function resumeAfterApposition(ctx: ClaimContext, from: number, hi: number, stops: Int32Array): number | null {
  const { tokens } = ctx;
  for (let i = from; i < hi && i - from < APPOSITION_REACH; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "quote") return null;
    if (t.lower !== ",") continue;
    if (!AUXILIARY_AFTER_RELATIVE.has(tokens[i + 1]?.lower ?? "")) return null;
    return contentFrom(ctx, i + 1, stops)?.last ?? null;
  }
  return null;
}

function nounAfter(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.upper || DETERMINERS.has(t.lower));
}

/** A capitalised word among the next few: "political scientist Dossym Satpayev", "experts like Paul Bauman". */
function nameWithin(tokens: Token[], from: number, hi: number): boolean {
  for (let i = from; i <= hi && i - from < 4; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") return false;
    if (t.upper) return true;
  }
  return false;
}

/** The comma right before a token, also when a closing quote follows it ('demand," says'); -1 if none. */
export function commaBefore(ctx: ClaimContext, i: number): number {
  const prev = ctx.tokens[i - 1];
  if (prev?.lower === ",") return i - 1;
  if (prev?.kind === "quote" && ctx.tokens[i - 2]?.lower === ",") return i - 2;
  return -1;
}

/** The comma that closes the reported clause, and the speaker between it and the cue. */
function trailingSubject(ctx: ClaimContext, cue: Cue, lo: number): { comma: number; who: Speaker } | null {
  const { tokens } = ctx;
  const before = commaBefore(ctx, cue.first);
  if (before >= 0) {
    const who = speakerAfter(ctx, cue.last);
    if (cue.entry.inverts && who.source) return { comma: before, who };
    // '..., Mr. Barrett, the lawyer for the agency, said.': step over the apposition
    let open = cue.first - 2;
    while (open > lo && cue.first - open < 30 && (tokens[open] as Token).lower !== ",") open--;
    if (open <= lo || (tokens[open] as Token).lower !== ",") return null;
    const k = nounPhraseStart(ctx, open - 1, lo);
    if (k === null || tokens[k - 1]?.lower !== ",") return null;
    return { comma: k - 1, who: speakerBefore(ctx, cue.first, k) };
  }
  const j = skipBackOverAuxiliaries(tokens, cue.first - 1, lo);
  if (j < lo) return null;
  const k = nounPhraseStart(ctx, j, lo);
  if (k === null) return null;
  if (tokens[k - 1]?.lower === ",") return { comma: k - 1, who: resolveNounPhrase(ctx, k, j) };
  // 'Mills "got an immunity agreement," Jordan said': the comma sits inside the closing mark
  if (tokens[k - 1]?.kind === "quote" && tokens[k - 2]?.lower === "," && ctx.quoteMark[k - 1] !== -1)
    return { comma: k - 2, who: resolveNounPhrase(ctx, k, j) };
  return null;
}

/** Left edge of a short noun phrase of plain words ending at `j`, or null if a clause word intervenes. */
function nounPhraseStart(ctx: ClaimContext, j: number, lo: number): number | null {
  const { tokens } = ctx;
  if ((tokens[j] as Token | undefined)?.kind !== "word") return null;
  let k = j;
  while (k - 1 >= lo && (tokens[k - 1] as Token).kind === "word" && j - k < MAX_NP) {
    // "..., Trump's was the only identity disclosed": a verb makes it a clause, not a subject
    const w = (tokens[k - 1] as Token).lower;
    if (CLAUSE_BOUNDARY.has(w) || AUXILIARY_AFTER_RELATIVE.has(w)) return null;
    k--;
  }
  return k;
}
