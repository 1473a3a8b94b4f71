import type { Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { continuedQuoteClaim } from "./continued-quote.js";
import type { ClaimDraft } from "./draft.js";
import { lastMentionOf, mentionsIn } from "./mentions-near.js";
import { personGender, pronounGenderOf } from "./person-gender.js";
import { type Token, tokenAt } from "./tokens.js";

const COORDINATION = /\b(?:and|or)\b|&/;

/**
 * 'Ann Roe said Tom Lee was "a friend"; "...", she added', 'Roe said she spoke to Lee about the
 * deal. "I did nothing wrong," he said': a "he" or "she" that speaks outside a claim whose
 * content last named the person it was resolved to more likely goes on with that claim's speaker
 * (if of the pronoun's gender) than with someone that speaker talked about. Only a claim in the
 * pronoun's sentence or the one before counts; so does a claim whose source phrase holds that
 * last mention, or is that mention when it is a pronoun ('"...," he said. He added'). Drafts are
 * changed in place.
 */
export function repairReportedAntecedents(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  const persons = new Set(ctx.doc.actors.filter((a) => a.kind === "person").map((a) => a.id));
  const byStart = drafts.filter((d) => d.speaker !== null && persons.has(d.speaker));
  if (byStart.length < 2) return;
  byStart.sort((a, b) => a.content.start - b.content.start);
  const bySource = new Map<number, ClaimDraft>();
  for (const d of byStart) if (d.source) bySource.set(d.source.start, d);
  const byContent = [...drafts].sort((a, b) => a.content.start - b.content.start);
  for (const d of byStart) {
    const source = d.source;
    if (!source || d.cueToken < 0) continue;
    const p = tokenAt(ctx.tokens, source.start);
    const tok = ctx.tokens[p] as Token;
    if (tok.start !== source.start || tok.end !== source.end || ctx.insideQuote[p] !== -1) continue;
    const wants = pronounGenderOf(tok.lower);
    if (!wants) continue;
    // '"...", he added': a quotation before its cue is the pronoun's own claim, no antecedent
    const from = Math.min(source.start, d.content.start);
    const last = lastMentionOf(ctx.mentions, d.speaker as string, from);
    if (!last) continue;
    const s = ctx.sentenceOf[p] as number;
    // the innermost claim that holds the mention: an outer one may have run on past its own words
    let outer: ClaimDraft | undefined;
    for (const e of byStart) {
      if (e.content.start > last.start) break;
      if (e === d || last.end > e.content.end || e.content.end > from) continue;
      if ((ctx.sentenceOf[tokenAt(ctx.tokens, e.content.start)] as number) >= s - 1) outer = e;
    }
    // 'Moss, an aide to Senator Lee, said ... He added': a name inside the source phrase of the
    // claim before describes that claim's speaker, who is the one more likely to go on
    outer ??= byStart.find(
      (e) =>
        e !== d &&
        e.source !== null &&
        e.source.start <= last.start &&
        last.end <= e.source.end &&
        e.cue.start < source.start &&
        (ctx.sentenceOf[tokenAt(ctx.tokens, e.source.start)] as number) >= s - 1 &&
        // ... and names that speaker first, so the later name only describes them ("Bush and
        // Christie, who say" coordinates two speakers instead)
        mentionsIn(ctx.mentions, { start: e.source.start, end: last.start }).some(
          (m) => m.actor === e.speaker && !COORDINATION.test(ctx.text.slice(m.end, last.start)),
        ),
    );
    // '"... if Lee wins ...," he said. He added': the pronoun last standing for the actor is the
    // source of the claim just before (no other claim's cue between), which this stage gave to someone else; when the actor stage's
    // guess rests on a name inside a quotation, or clashes with that pronoun's gender, this
    // stage's reading stands, and the next pronoun goes on with that claim's speaker
    if (!outer && last.via === "pronoun") {
      const e = bySource.get(last.start);
      if (
        e &&
        e !== d &&
        e === claimBefore(byContent, source.start) &&
        guessMisread(ctx, d.speaker as string, last, byContent)
      )
        outer = e;
    }
    // (only a person goes on as "he" or "she": a quotation an outlet reported is still another's)
    const continued = outer ? undefined : continuedQuoteClaim(ctx, byContent, last, s);
    if (continued?.speaker && persons.has(continued.speaker)) outer = continued;
    if (!outer || outer.speaker === d.speaker) continue;
    const has = personGender(ctx, outer.speaker as string);
    if (has && has !== wants) continue;
    // an unnamed source of unknown gender ("a campaign aide") is seldom who "he" or "her" is
    if (!has && wants && ctx.doc.unnamedSources?.has(outer.speaker as string)) continue;
    d.speaker = outer.speaker;
  }
}

/**
 * The actor stage gave the pronoun `m` to `actor` on a name someone quoted or reported (inside
 * quotation marks or a claim's content, `contents` in text order), or against its gender.
 */
function guessMisread(ctx: ClaimContext, actor: string, m: Mention, contents: ClaimDraft[]): boolean {
  const named = lastMentionOf(ctx.mentions, actor, m.start, true);
  if (named && ctx.insideQuote[tokenAt(ctx.tokens, named.start)] !== -1) return true;
  if (named)
    for (const e of contents) {
      if (e.content.start > named.start) break;
      if (named.end <= e.content.end) return true;
    }
  const wants = pronounGenderOf(ctx.text.slice(m.start, m.end).toLowerCase());
  const has = personGender(ctx, actor);
  return wants !== null && has !== null && has !== wants;
}

/** The claim whose cue comes last before `offset`. */
function claimBefore(drafts: ClaimDraft[], offset: number): ClaimDraft | undefined {
  let best: ClaimDraft | undefined;
  for (const e of drafts) if (e.cue.start < offset && (!best || e.cue.start > best.cue.start)) best = e;
  return best;
}
