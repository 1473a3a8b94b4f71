import type { Span } from "../model.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import { CLAUSE_BOUNDARY, PERSON_PRONOUNS } from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import type { Quote } from "./quotes.js";
import { type Speaker, speakerAfter, speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

// how many tokens a cue may sit from the quote it introduces
const CUE_REACH = 12;
const ENDS_A_QUOTED_CLAUSE = /[,?!—–…-]\s*$/;
const SENTENCE_END = new Set([".", "!", "?", ";"]);

interface Attachment {
  cue: Cue;
  who: Speaker;
  /** Last token of the cue or its speaker phrase. */
  reach: number;
}

const cueSpan = (ctx: ClaimContext, cue: Cue): Span => ({
  start: (ctx.tokens[cue.first] as Token).start,
  end: (ctx.tokens[cue.last] as Token).end,
});

/** Inside the marks, without the comma that hands over to the cue. */
function contentOf(ctx: ClaimContext, q: Quote): Span {
  let { start, end } = q.inner;
  while (start < end && /\s/.test(ctx.text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(ctx.text[end - 1] ?? "")) end--;
  return { start, end };
}

/** '"...," he said' / '"...," said Obama' / '"...," according to X'. */
function cueAfter(ctx: ClaimContext, q: Quote): Attachment | null {
  const { tokens, text } = ctx;
  let k = q.closeTok + 1;
  const next = tokens[k];
  if (!next) return null;
  const handsOver = ENDS_A_QUOTED_CLAUSE.test(text.slice(q.inner.start, q.inner.end));
  if (next.kind === "punct" && (next.lower === "," || next.lower === "—")) k++;
  else if (!handsOver) return null;
  for (let m = k; m < tokens.length && m - k <= CUE_REACH; m++) {
    const t = tokens[m] as Token;
    if (t.kind !== "word") return null;
    if (ctx.paragraphOf[m] !== ctx.paragraphOf[q.closeTok]) return null;
    const cue = ctx.cueAt.get(m);
    if (cue && isReportingUse(ctx, cue)) {
      if (cue.entry.complement === "prepositional") {
        const who = speakerAfter(ctx, cue.last);
        return { cue, who, reach: who.source ? lastTokenOf(ctx, who.source, cue.last) : cue.last };
      }
      if (m === k) {
        if (!cue.entry.inverts) return null;
        const who = speakerAfter(ctx, cue.last);
        return { cue, who, reach: who.source ? lastTokenOf(ctx, who.source, cue.last) : cue.last };
      }
      return { cue, who: speakerBefore(ctx, cue.first, k), reach: cue.last };
    }
    if (CLAUSE_BOUNDARY.has(t.lower) && t.lower !== "and") return null;
  }
  return null;
}

function lastTokenOf(ctx: ClaimContext, span: Span, fallback: number): number {
  let i = fallback;
  while (i + 1 < ctx.tokens.length && (ctx.tokens[i + 1] as Token).end <= span.end) i++;
  return i;
}

/** 'He said, "..."' / 'Charles told the Daily Mail: "..."' / 'said "..."'. */
function cueBefore(ctx: ClaimContext, q: Quote): Attachment | null {
  const { tokens } = ctx;
  const before = tokens[q.openTok - 1];
  if (!before) return null;
  let j = q.openTok - 1;
  if (before.kind === "punct") {
    if (before.lower !== "," && before.lower !== ":") return null;
    // only a colon may introduce a quotation in the next paragraph
    if (before.lower === "," && ctx.paragraphOf[j] !== ctx.paragraphOf[q.openTok]) return null;
    j--;
  } else if (before.kind !== "word") return null;
  else if (!/^\p{Lu}/u.test(ctx.text.slice(q.inner.start, q.inner.start + 1))) return null;
  for (let m = j; m >= 0 && j - m <= CUE_REACH; m--) {
    const t = tokens[m] as Token;
    if (t.kind === "punct" && SENTENCE_END.has(t.lower)) return null;
    if (t.kind === "quote" && ctx.quoteMark[m] !== -1) return null;
    if (t.kind === "word" && t.lower === "that" && m === j) return null;
    // a cue phrase ending at this token
    for (let f = m; f >= 0 && m - f < 4; f--) {
      const cue = ctx.cueAt.get(f);
      if (!cue || cue.last !== m) continue;
      if (!isReportingUse(ctx, cue)) return null;
      // with no comma or colon the quote must follow the cue at once: 'said "We ..."'
      if (before.kind === "word" && m !== j) return null;
      if (cue.entry.complement === "prepositional") return { cue, who: speakerAfter(ctx, cue.last), reach: j };
      return { cue, who: speakerBefore(ctx, cue.first), reach: j };
    }
  }
  return null;
}

function startsSentence(ctx: ClaimContext, q: Quote): boolean {
  const prev = ctx.tokens[q.openTok - 1];
  if (!prev) return true;
  if (ctx.paragraphOf[q.openTok - 1] !== ctx.paragraphOf[q.openTok]) return true;
  return prev.kind === "punct" && SENTENCE_END.has(prev.lower);
}

/** The speaker of a quotation that stands alone: the last claim's, or a person named just before. */
function standaloneSpeaker(ctx: ClaimContext, q: Quote, last: ClaimDraft | undefined): Speaker | null {
  const s = ctx.sentenceOf[q.openTok] as number;
  const prevSentence = Math.max(0, s - 1);
  if (last && last.speaker !== null && ctx.sentenceOf[last.lastToken] !== undefined) {
    const ls = ctx.sentenceOf[last.lastToken] as number;
    if (ls >= prevSentence - 1) return { speaker: last.speaker, source: null };
  }
  if (s === 0) return null;
  const first = ctx.tokens[ctx.sentenceFirst[prevSentence] as number] as Token;
  const lastTok = ctx.tokens[ctx.sentenceLast[prevSentence] as number] as Token;
  const people = mentionsIn(ctx.mentions, { start: first.start, end: lastTok.end }).filter((m) => m.kind === "person");
  const m = people[0];
  return m ? { speaker: m.actor, source: null } : null;
}

/**
 * Direct quotations: a quote with its cue before or after it, the pieces of
 * a quote split by its cue ('"...," he said. "..."'), and a quote that stands
 * alone right after its speaker was named. One claim per cue.
 */
export function findDirectQuotes(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const byCue = new Map<number, ClaimDraft>();
  for (const q of ctx.quotes) {
    const content = contentOf(ctx, q);
    if (content.end <= content.start) continue;
    const at = cueAfter(ctx, q) ?? cueBefore(ctx, q);
    if (at) {
      const same = byCue.get(at.cue.first);
      if (same) {
        same.content = {
          start: Math.min(same.content.start, content.start),
          end: Math.max(same.content.end, content.end),
        };
        same.lastToken = Math.max(same.lastToken, q.closeTok, at.reach);
        continue;
      }
      const draft: ClaimDraft = {
        speaker: at.who.speaker,
        source: at.who.source,
        cue: cueSpan(ctx, at.cue),
        content,
        kind: "direct",
        cueToken: at.cue.first,
        lastToken: Math.max(q.closeTok, at.reach),
      };
      byCue.set(at.cue.first, draft);
      usedCues.add(at.cue.first);
      out.push(draft);
      continue;
    }
    if (!startsSentence(ctx, q) || !looksLikeSpeech(ctx, q)) continue;
    const last = out[out.length - 1];
    // '"...," he said. "..."': the second piece belongs to the same cue
    if (
      last &&
      last.cueToken >= 0 &&
      (ctx.tokens[last.cueToken] as Token).start > last.content.end &&
      ctx.paragraphOf[last.lastToken] === ctx.paragraphOf[q.openTok] &&
      (ctx.sentenceOf[q.openTok] as number) - (ctx.sentenceOf[last.lastToken] as number) <= 1 &&
      last.content.end < q.inner.start
    ) {
      last.content = { start: last.content.start, end: content.end };
      last.lastToken = q.closeTok;
      continue;
    }
    const who = standaloneSpeaker(ctx, q, last);
    if (!who) continue;
    const open = ctx.tokens[q.openTok] as Token;
    out.push({
      speaker: who.speaker,
      source: who.source,
      // no cue word: the opening mark stands in for it
      cue: { start: open.start, end: open.end },
      content,
      kind: "direct",
      cueToken: -1,
      lastToken: q.closeTok,
    });
  }
  return out;
}

/** Several words and a full stop or question: a quoted statement, not a quoted name or term. */
function looksLikeSpeech(ctx: ClaimContext, q: Quote): boolean {
  let words = 0;
  for (let i = q.openTok + 1; i < q.closeTok && words < 4; i++) if ((ctx.tokens[i] as Token).kind === "word") words++;
  if (words < 4) return false;
  const first = ctx.tokens[q.openTok + 1] as Token;
  return first.upper || PERSON_PRONOUNS.has(first.lower) || first.kind !== "word";
}
