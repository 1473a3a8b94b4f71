import type { ClaimKind, Span } from "../model.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { CLAUSE_BOUNDARY, PREPOSITIONS } from "./lexicon.js";
import type { Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";

export const ENDING_PUNCT = new Set([".", ",", ";", "!", "?", ":", "—", "–", "-"]);

export interface TokenRange {
  first: number;
  last: number;
}

/** Tokens from `start` to where the content stops, without closing punctuation. */
export function contentFrom(ctx: ClaimContext, start: number, stops: Int32Array): TokenRange | null {
  const { tokens } = ctx;
  let end = (stops[start] as number) - 1;
  while (end >= start) {
    const t = tokens[end] as Token;
    if (t.kind === "punct" && ENDING_PUNCT.has(t.lower)) end--;
    else if (t.kind === "quote" && ctx.quoteMark[end] === -1) end--;
    else break;
  }
  if (end - start < 1) return null;
  return { first: start, last: throughOpenQuote(ctx, start, withoutTrailingAppositive(ctx, start, end)) };
}

const APPOSITIVE_STARTS = new Set(["a", "an", "the"]);

/**
 * 'said he backed NATO, the alliance that includes ...': an appositive
 * describing the name the content ends on is the writer's gloss, not part of
 * what was said. Only one running to the content's end is cut, so a
 * mid-clause apposition ('Smith, the mayor, would ...') stays.
 */
function withoutTrailingAppositive(ctx: ClaimContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (start + 3 >= end) return end;
  const marks = punctuationMarks(tokens);
  // three words at least before the comma: a bare name is no clause to gloss
  let from = start + 3;
  // "after the first Olympiad, a community ...": a content that opens with a preposition or a
  // subordinator opens with an adverbial, and its first comma closes that, not a name
  if (PREPOSITIONS.has((tokens[start] as Token).lower) || CLAUSE_BOUNDARY.has((tokens[start] as Token).lower)) {
    const closing = marks.comma[from] as number;
    if (closing >= end) return end;
    from = closing + 1;
  }
  for (let k = marks.comma[from] as number; k < end; k = marks.comma[k + 1] as number) {
    if (ctx.insideQuote[k] !== -1) continue;
    const name = tokens[k - 1] as Token;
    const next = tokens[k + 1] as Token;
    // the gloss must run to the content's end: any punctuation after its comma keeps it
    if ((name.upper || name.lower === ")") && APPOSITIVE_STARTS.has(next.lower))
      return (marks.punct[k + 1] as number) < end || secondItem(tokens, k + 2, end) ? end : k - 1;
  }
  return end;
}

/**
 * 'differ on Israel, the nuclear deal and the court': an "and"/"or" that
 * opens another article-led phrase makes the words after the comma the next
 * items of a list, not a gloss on the name before it.
 */
function secondItem(tokens: Token[], from: number, end: number): boolean {
  for (let m = from; m < end; m++) {
    const w = (tokens[m] as Token).lower;
    if ((w === "and" || w === "or") && APPOSITIVE_STARTS.has((tokens[m + 1] as Token).lower)) return true;
  }
  return false;
}

// Every content of a sentence is read for a trailing appositive from its start to its end, and
// the contents of a long sentence of cues all run to its end: walking each one's tokens made the
// claims of such a sentence quadratic. Per token list, for each index, the first punctuation
// token and the first comma at or after it, found once; a content then jumps from comma to comma.
interface PunctuationMarks {
  punct: Int32Array;
  comma: Int32Array;
}
const marksCache = new WeakMap<Token[], PunctuationMarks>();

function punctuationMarks(tokens: Token[]): PunctuationMarks {
  let marks = marksCache.get(tokens);
  if (marks && marks.punct.length === tokens.length + 1) return marks;
  const n = tokens.length;
  const punct = new Int32Array(n + 1);
  const comma = new Int32Array(n + 1);
  punct[n] = n;
  comma[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    const isPunct = t.kind === "punct";
    punct[k] = isPunct ? k : (punct[k + 1] as number);
    comma[k] = isPunct && t.lower === "," ? k : (comma[k + 1] as number);
  }
  marks = { punct, comma };
  marksCache.set(tokens, marks);
  return marks;
}

/**
 * 'said that “ethanol people” “do a fantastic job. And it’s so important.”':
 * a quotation that opens inside the content is reported whole, past the
 * sentence end or comma where the content would otherwise stop.
 */
function throughOpenQuote(ctx: ClaimContext, start: number, end: number): number {
  const q = ctx.insideQuote[end] as number;
  if (q < 0) return end;
  const quote = ctx.quotes[q] as ClaimContext["quotes"][number];
  return quote.openTok >= start && quote.closeTok > end ? quote.closeTok : end;
}

/** A reported-speech claim over a token range; a quote that is the whole content makes it direct. */
export function draft(ctx: ClaimContext, cue: Cue, who: Speaker, range: TokenRange): ClaimDraft {
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
