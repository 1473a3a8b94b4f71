import type { ClaimKind, Span } from "../model.js";
import { contentStops } from "./content-end.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import {
  ADVERBIAL_START,
  AFTER_PRONOUN_OBJECT,
  AUXILIARY_AFTER_RELATIVE,
  BEFORE_ONLY_AFTER_COMMA,
  CLAUSE_BOUNDARY,
  DETERMINERS,
  HEARER_WORDS,
  NOT_COMPLEMENT_START,
  PARTS_OF_DAY,
  PRONOUN_OBJECTS,
  PROPOSITION_NOUNS,
  QUANTIFIER_AFTER_AT,
  SINGLE_WORD_ADVERBIALS,
  TIME_DETERMINERS,
  TIME_NOUNS,
} from "./lexicon.js";
import {
  clauseSubject,
  resolveNounPhrase,
  type Speaker,
  skipBackOverAuxiliaries,
  speakerAfter,
  speakerBefore,
} from "./speaker.js";
import type { Token } from "./tokens.js";

const THAT_REACH = 10;
const MAX_NP = 12;
const MAX_INVERTED_SUBJECT = 6;
const ENDING_PUNCT = new Set([".", ",", ";", "!", "?", ":", "—", "–", "-"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);

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
    const draft = cue.entry.complement === "prepositional" ? accordingTo(ctx, cue, stops) : reported(ctx, cue, stops);
    if (draft) {
      usedCues.add(i);
      out.push(draft);
    }
  }
  return out;
}

function reported(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  // "..., said Brian Baker, a longtime adviser": the name after the cue is its subject
  if (cue.entry.inverts && commaBefore(ctx, cue.first) >= 0) {
    const inverted = trailing(ctx, cue, stops);
    if (inverted) return inverted;
  }
  const start = complementStart(ctx, cue);
  if (start !== null) {
    const content = contentFrom(ctx, start, stops);
    if (!content) return null;
    if (insideRelativeClause(ctx, cue)) endAtComma(ctx, content);
    const participle = cue.entry.words[0]?.endsWith("ing") && ctx.tokens[cue.first - 1]?.lower === ",";
    const s = ctx.sentenceOf[cue.first] as number;
    const who = participle
      ? clauseSubject(ctx, ctx.sentenceFirst[s] as number, cue.first - 1)
      : speakerBefore(ctx, cue.first);
    return draft(ctx, cue, who, content);
  }
  return trailing(ctx, cue, stops);
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
  if (t.lower === "that") return k + 1 <= hi ? k + 1 : null;
  const object = cue.entry.object;
  const skippable =
    ADVERBIAL_START.has(t.lower) || (object && (HEARER_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || t.upper));
  if (skippable) {
    for (let m = k + 1; m <= hi && m - k <= THAT_REACH; m++) {
      const u = tokens[m] as Token;
      // "agreed on a line that would make ...": a relative "that" is followed by its verb
      if (u.kind === "word" && u.lower === "that")
        return m + 1 <= hi && !AUXILIARY_AFTER_RELATIVE.has(tokens[m + 1]?.lower ?? "") ? m + 1 : null;
      if (u.kind !== "word" && !(u.kind === "quote" && object)) break;
    }
  }
  // "told reporters this weekend he would ...": a time phrase, then the hearer or the clause
  if (TIME_DETERMINERS.has(t.lower) && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "") && k + 2 <= hi) {
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
    if (k > hi) return null;
    t = tokens[k] as Token;
  }
  // "vowed to bring back jobs": a promise reports what is promised
  if (cue.entry.infinitive && t.lower === "to" && tokens[k + 1]?.kind === "word") return k;
  if (cue.entry.complement === "that") return evidenceObject(ctx, k, hi);
  if (t.kind === "quote") return ctx.quoteMark[k] !== -1 ? k : null;
  if (t.kind !== "word") return null;
  // "said at least 71 people were arrested"
  if (t.lower === "at" && QUANTIFIER_AFTER_AT.has(tokens[k + 1]?.lower ?? "")) return k;
  if (NOT_COMPLEMENT_START.has(t.lower)) return null;
  // "said it over and over", "said so": an object, not a clause
  const follower = tokens[k + 1];
  if (
    PRONOUN_OBJECTS.has(t.lower) &&
    (!follower || follower.kind !== "word" || AFTER_PRONOUN_OBJECT.has(follower.lower))
  )
    return null;
  return k;
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
  // the head noun after a bare determiner: "the channel" (not "the Military Times the attack")
  if (det && m === named && m <= hi && (tokens[m] as Token).kind === "word") m++;
  return m === k ? k : m;
}

/** Tokens from `start` to where the content stops, without closing punctuation. */
function contentFrom(ctx: ClaimContext, start: number, stops: Int32Array): TokenRange | null {
  const { tokens } = ctx;
  let end = (stops[start] as number) - 1;
  while (end >= start) {
    const t = tokens[end] as Token;
    if (t.kind === "punct" && ENDING_PUNCT.has(t.lower)) end--;
    else if (t.kind === "quote" && ctx.quoteMark[end] === -1) end--;
    else break;
  }
  if (end - start < 1) return null;
  return { first: start, last: end };
}

/** '..., X said.' and '..., said X.': the content is the clause before the comma. */
function trailing(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
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
  return draft(ctx, cue, who, { first: lo, last: comma - 1 });
}

/** "Mathur, who studies tax policy, said ...": the commas close a relative clause on the subject. */
function relativeBefore(ctx: ClaimContext, lo: number, cueFirst: number): boolean {
  for (let i = Math.max(lo, cueFirst - MAX_NP * 3); i < cueFirst - 1; i++)
    if ((ctx.tokens[i] as Token).lower === "," && RELATIVE_PRONOUNS.has(ctx.tokens[i + 1]?.lower ?? "")) return true;
  return false;
}

/** The comma right before a token, also when a closing quote follows it ('demand," says'); -1 if none. */
function commaBefore(ctx: ClaimContext, i: number): number {
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
  if (k === null || tokens[k - 1]?.lower !== ",") return null;
  return { comma: k - 1, who: resolveNounPhrase(ctx, k, j) };
}

/** Left edge of a short noun phrase of plain words ending at `j`, or null if a clause word intervenes. */
function nounPhraseStart(ctx: ClaimContext, j: number, lo: number): number | null {
  const { tokens } = ctx;
  if ((tokens[j] as Token | undefined)?.kind !== "word") return null;
  let k = j;
  while (k - 1 >= lo && (tokens[k - 1] as Token).kind === "word" && j - k < MAX_NP) {
    if (CLAUSE_BOUNDARY.has((tokens[k - 1] as Token).lower)) return null;
    k--;
  }
  return k;
}

/** 'According to X, ...' and '..., according to X.' */
function accordingTo(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cue.first] as number;
  const lo = ctx.sentenceFirst[s] as number;
  const hi = ctx.sentenceLast[s] as number;
  const k = cue.last + 1;
  if (k > hi || (tokens[k] as Token).kind !== "word") return null;
  let j = k;
  while (j + 1 <= hi && j - k < MAX_NP && (tokens[j + 1] as Token).kind === "word") {
    if (CLAUSE_BOUNDARY.has((tokens[j + 1] as Token).lower)) break;
    j++;
  }
  const who = resolveNounPhrase(ctx, k, j);
  const opens = cue.first - lo <= 1;
  if (opens) {
    if (tokens[j + 1]?.lower !== ",") return null;
    const content = contentFrom(ctx, j + 2, stops);
    return content ? draft(ctx, cue, who, content) : null;
  }
  let end = cue.first - 1;
  while (end >= lo && (tokens[end] as Token).kind === "punct") end--;
  if (end - lo < 2 || (tokens[lo] as Token).kind === "quote") return null;
  // '..., according to the CBO, and the ...': the source interrupts its content
  if (tokens[j + 1]?.lower === "," && tokens[j + 2]?.kind === "word" && j + 2 <= hi) {
    const rest = contentFrom(ctx, j + 2, stops);
    if (rest) return draft(ctx, cue, who, { first: lo, last: rest.last });
  }
  return draft(ctx, cue, who, { first: lo, last: end });
}

function draft(ctx: ClaimContext, cue: Cue, who: Speaker, range: TokenRange): ClaimDraft {
  const { tokens } = ctx;
  const first = tokens[range.first] as Token;
  let content: Span = { start: first.start, end: (tokens[range.last] as Token).end };
  let kind: ClaimKind = ctx.quotesBefore[range.last + 1] !== ctx.quotesBefore[range.first] ? "partial" : "indirect";
  // a quote that is the whole content reports the words themselves
  const q = ctx.quoteMark[range.first] as number;
  const quote = q >= 0 ? ctx.quotes[q] : undefined;
  if (quote && quote.openTok === range.first && quote.closeTok >= range.last - 1) {
    content = quote.inner;
    kind = "direct";
  }
  return {
    speaker: who.speaker,
    source: who.source,
    cue: { start: (tokens[cue.first] as Token).start, end: (tokens[cue.last] as Token).end },
    content,
    kind,
    cueToken: cue.first,
    lastToken: cue.last,
  };
}

interface TokenRange {
  first: number;
  last: number;
}
