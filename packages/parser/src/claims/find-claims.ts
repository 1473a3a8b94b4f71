import { actorKind } from "../actors/actor-at.js";
import { addMessage, type Doc } from "../doc.js";
import { buildContext, type ClaimContext } from "./context.js";
import { mergeContinuations } from "./continuations.js";
import { findDirectQuotes } from "./direct-quotes.js";
import type { ClaimDraft } from "./draft.js";
import { findHeadlineColon } from "./headline-colon.js";
import { findIndirectSpeech } from "./indirect-speech.js";
import { dropInsideTurns, findInterviewTurns } from "./interview-turns.js";
import {
  ADVERBIAL_START,
  FRONTED_CLAUSE_OPENERS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  THING_PRONOUNS,
} from "./lexicon.js";
import { continueQuoteRuns } from "./quote-run.js";
import { repairReportedAntecedents } from "./reported-antecedent.js";
import { skipBackOverAuxiliaries } from "./speaker.js";
import { type Token, tokenAt } from "./tokens.js";
import { findTranscriptLines } from "./transcript-lines.js";
import { markUnasserted } from "./unasserted.js";
import { dropWorkTitles } from "./work-title.js";

// one message per stray mark would drown a badly typeset article
const MAX_QUOTE_MESSAGES = 5;
const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);
const SOURCE_PRONOUNS = new Set([...PERSON_PRONOUNS, ...THING_PRONOUNS, ...PLURAL_PRONOUNS]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// how many tokens an opening phrase of time or place may run before its comma
const OPENER_REACH = 20;

/**
 * Fills doc.claims: direct quotations first (they own the cues next to
 * their quote marks), then reported speech on the cues left over.
 */
export function findClaims(doc: Doc): void {
  doc.claims = [];
  if (doc.text.length === 0) return;
  const ctx = buildContext(doc);
  const usedCues = new Set<number>();
  const turns = findInterviewTurns(ctx);
  const found = [
    ...turns.drafts,
    ...findTranscriptLines(ctx, usedCues),
    ...findHeadlineColon(ctx, usedCues),
    ...findDirectQuotes(ctx, usedCues),
    ...findIndirectSpeech(ctx, usedCues),
  ];
  const drafts = dropWorkTitles(ctx, dropInsideTurns(ctx, turns, found));
  repairReportedAntecedents(ctx, drafts);
  markUnasserted(ctx, drafts);

  for (const place of ctx.unpairedQuotes.slice(0, MAX_QUOTE_MESSAGES))
    addMessage(
      doc,
      "claims/unpaired-quote",
      "A quotation mark has no partner; the text around it is not read as a quote.",
      place,
    );
  if (ctx.unpairedQuotes.length > MAX_QUOTE_MESSAGES)
    addMessage(
      doc,
      "claims/unpaired-quote",
      `${ctx.unpairedQuotes.length - MAX_QUOTE_MESSAGES} more unpaired quotation marks.`,
    );
  for (const d of drafts)
    if (d.speaker === null && !d.stance)
      addMessage(doc, "claims/no-speaker", "A claim's speaker could not be resolved to an actor.", d.cue);

  const ordered = dedupe(ctx, drafts).sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
  let said = 0;
  let stances = 0;
  doc.stanceClaims = new Set();
  doc.claims = mergeContinuations(ctx, ordered).map((d) => {
    const claim = {
      id: d.stance ? `stance-${++stances}` : `claim-${++said}`,
      speaker: d.speaker,
      source: d.source,
      cue: d.cue,
      content: d.content,
      kind: d.kind,
    };
    if (d.stance) doc.stanceClaims?.add(claim);
    return claim;
  });
  continueQuoteRuns(ctx, doc.claims, doc.stanceClaims);
}

/**
 * Drops repeated contents, and a claim whose content is only another claim
 * ("According to reports, critics have said X": the critics said X).
 */
function dedupe(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  const unique = drafts.filter((d) => {
    const key = `${d.content.start}:${d.content.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const wrapped = new Set<ClaimDraft>();
  const bySource = new Map<number, ClaimDraft>();
  for (const d of unique) if (d.source) bySource.set(d.source.start, d);
  for (const d of unique) {
    const relayed = relaying(ctx, d);
    const inner = bySource.get(d.content.start) ?? (relayed ? afterOpener(ctx, d, bySource) : undefined);
    // "she said she believes X", "he says it shows X": a pronoun that opens the content is what
    // the outer claim reports of its speaker, so the outer claim stays (a restated belief goes
    // later); not when an outlet relays a claim it heard ("He said X, the Times reported")
    if (inner?.source && pronounSource(ctx, inner.source) && !(relayed && inner.speaker)) continue;
    // "according to Lind, Okafor called for an inquiry": a request the output leaves out leaves the report standing;
    // "Republicans echoed those comments, saying ...": a bare topic does not, the clause around it is no report
    if (
      inner &&
      (!inner.stance || inner.topic) &&
      inner !== d &&
      inner.cue.start > d.content.start &&
      endsWith(ctx, d, inner)
    )
      wrapped.add(d);
  }
  return dropRestatedBeliefs(
    ctx,
    unique.filter((d) => !wrapped.has(d)),
  );
}

/**
 * "On Monday, Lee said X, according to the Times": the outer content opens with a phrase of time
 * or place set off by a comma, then a claim by a known speaker; that claim, else undefined.
 */
function afterOpener(ctx: ClaimContext, d: ClaimDraft, bySource: Map<number, ClaimDraft>): ClaimDraft | undefined {
  const { tokens } = ctx;
  const first = tokenAt(tokens, d.content.start);
  const w = (tokens[first] as Token | undefined)?.lower ?? "";
  if (!ADVERBIAL_START.has(w) && !FRONTED_CLAUSE_OPENERS.has(w)) return undefined;
  for (let k = first + 1; k < tokens.length && k - first <= OPENER_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.start >= d.content.end) return undefined;
    if (t.lower !== ",") continue;
    const next = tokens[k + 1];
    const inner = next ? bySource.get(next.start) : undefined;
    return inner?.speaker ? inner : undefined;
  }
  return undefined;
}

/**
 * An outlet's report, or one of no known speaker, whose cue follows its content ("..., the Times
 * reported") or is "according to": it relays what someone else said, who is the claim's speaker.
 */
function relaying(ctx: ClaimContext, d: ClaimDraft): boolean {
  if (d.speaker !== null && actorKind(ctx.doc, d.speaker) !== "media") return false;
  return d.cue.start >= d.content.end || ctx.cueAt.get(d.cueToken)?.entry.complement === "prepositional";
}

/** A source that is one pronoun ("she", "it", "they"). */
function pronounSource(ctx: ClaimContext, source: { start: number; end: number }): boolean {
  const w = ctx.text.slice(source.start, source.end).toLowerCase();
  return SOURCE_PRONOUNS.has(w);
}

/**
 * The inner claim runs to the outer content's end, so the outer content is
 * that claim and nothing more. "X, which supported Y, spent $2 million,
 * according to Z": the inner claim sits in the subject, and the outer content
 * goes on past it.
 */
function endsWith(ctx: ClaimContext, outer: ClaimDraft, inner: ClaimDraft): boolean {
  if (inner.content.end > outer.content.end) return false;
  // "mailings to voters who oppose X, according to filings": a cue in a relative clause is not the content's verb
  const j = skipBackOverAuxiliaries(ctx.tokens, inner.cueToken - 1, 0);
  if (RELATIVE_PRONOUNS.has(ctx.tokens[j]?.lower ?? "")) return false;
  return !WORD_CHAR.test(ctx.text.slice(inner.content.end, outer.content.end));
}

/**
 * "She said she thinks the plan will fail": the belief is what she said, so
 * a belief whose cue sits inside the content of a claim by the same speaker
 * restates that claim and is dropped. A statement reported inside another
 * ("it found that Iran, which the report said ...") is kept.
 */
function dropRestatedBeliefs(ctx: ClaimContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const byStart = [...drafts].sort((a, b) => a.content.start - b.content.start);
  // only a belief can be dropped: each outer claim is compared with the beliefs after it, not with
  // every claim it holds (the contents of a long sentence of cues all run to its end: quadratic)
  const beliefs: number[] = [];
  for (let j = 0; j < byStart.length; j++)
    if (ctx.cueAt.get((byStart[j] as ClaimDraft).cueToken)?.entry.belief) beliefs.push(j);
  if (beliefs.length === 0) return drafts;
  const inner = new Set<ClaimDraft>();
  let next = 0; // the first belief after the outer claim
  for (let i = 0; i < byStart.length; i++) {
    while (next < beliefs.length && (beliefs[next] as number) <= i) next++;
    const outer = byStart[i] as ClaimDraft;
    // "called for X but felt Y": a request's object restates nothing the output keeps
    if (outer.speaker === null || outer.stance) continue;
    for (let b = next; b < beliefs.length; b++) {
      const d = byStart[beliefs[b] as number] as ClaimDraft;
      if (d.content.start >= outer.content.end) break;
      // "officials said they believe X": a pronoun opening the content is the outer speaker
      const own =
        d.speaker === outer.speaker || (d.source?.start === outer.content.start && pronounSource(ctx, d.source));
      if (!own || d.cue.start < outer.content.start || d.content.end > outer.content.end) continue;
      inner.add(d);
    }
  }
  return inner.size ? drafts.filter((d) => !inner.has(d)) : drafts;
}
