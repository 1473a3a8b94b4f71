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
  SINGLE_WORD_ADVERBIALS,
} from "./lexicon.js";
import { resolveNounPhrase, type Speaker, skipBackOverAuxiliaries, speakerAfter, speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

const MAX_NP = 12;
const MAX_INVERTED_SUBJECT = 6;
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);

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
    after.upper &&
    !relativeBefore(ctx, lo, cue.first);
  if (inverted) {
    // '..., noted NBC's Dante Chinni.': the subject follows the cue, a short name
    const who = speakerAfter(ctx, cue.last);
    if (who.source) while (m <= hi && (tokens[m] as Token).end <= who.source.end) m++;
    if (m - cue.last > MAX_INVERTED_SUBJECT) return null;
  } else if (m <= hi && after?.kind === "word") {
    const adverbial = ADVERBIAL_START.has(after.lower) || SINGLE_WORD_ADVERBIALS.has(after.lower);
    const hearer =
      cue.entry.object && (HEARER_WORDS.has(after.lower) || after.upper || OBJECT_PRONOUNS.has(after.lower));
    if (!adverbial && !hearer) return null;
  }
  while (m <= hi && (tokens[m] as Token).kind === "word" && m - cue.last <= 8) {
    if (CLAUSE_BOUNDARY.has((tokens[m] as Token).lower) && (tokens[m] as Token).lower !== "as") return null;
    m++;
  }
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
  const apposition = inverted && (next?.upper || DETERMINERS.has(next?.lower ?? ""));
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
  if (comma - lo < 3) return null;
  // 'The harbor "has never been safer," Marlow said': keep the quoted predicate whole
  const closing = tokens[comma + 1]?.kind === "quote" && ctx.quoteMark[comma + 1] !== -1;
  return draft(ctx, cue, who, { first: lo, last: closing ? comma + 1 : comma - 1 });
}

/** "Mathur, who studies tax policy, said ...": the commas close a relative clause on the subject. */
function relativeBefore(ctx: ClaimContext, lo: number, cueFirst: number): boolean {
  for (let i = Math.max(lo, cueFirst - MAX_NP * 3); i < cueFirst - 1; i++)
    if ((ctx.tokens[i] as Token).lower === "," && RELATIVE_PRONOUNS.has(ctx.tokens[i + 1]?.lower ?? "")) return true;
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
