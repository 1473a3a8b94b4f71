import type { ClaimContext } from "./context.js";
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
 * last mention. Drafts are changed in place.
 */
export function repairReportedAntecedents(ctx: ClaimContext, drafts: ClaimDraft[]): void {
  const persons = new Set(ctx.doc.actors.filter((a) => a.kind === "person").map((a) => a.id));
  const byStart = drafts.filter((d) => d.speaker !== null && persons.has(d.speaker));
  if (byStart.length < 2) return;
  byStart.sort((a, b) => a.content.start - b.content.start);
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
    if (!outer || outer.speaker === d.speaker) continue;
    const has = personGender(ctx, outer.speaker as string);
    if (has && has !== wants) continue;
    // an unnamed source of unknown gender ("a campaign aide") is seldom who "he" or "her" is
    if (!has && wants && ctx.doc.unnamedSources?.has(outer.speaker as string)) continue;
    d.speaker = outer.speaker;
  }
}
