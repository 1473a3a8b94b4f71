import { actorKind } from "../actors/actor-at.js";
import type { Claim, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import { personGender, pronounGenderOf } from "./person-gender.js";
import { type Token, tokenAt } from "./tokens.js";

/**
 * 'Lee said voters "should not trust Obama." / "I think she lost," he said.': a "he" or "she"
 * that reports the next stretch of quotation goes on with the speaker of the claim just before,
 * when no words outside a quotation stand between the two claims and nobody else was named
 * outside a quotation since that speaker was, so a name the speaker quoted (or one the entity
 * stage missed for the speaker) does not take the pronoun over. Runs over the finished claims
 * and changes only speakers.
 */
export function continueQuoteRuns(ctx: ClaimContext, claims: Claim[], skip: ReadonlySet<Claim>): void {
  let prev: Claim | null = null;
  const ordered = claims.filter((c) => !skip.has(c)).sort((a, b) => a.cue.start - b.cue.start);
  // claims whose speaker the run may hand on: one named in its own words, or one this pass gave
  // (a pronoun the resolver guessed may already be wrong, and the run would spread it)
  const sure = new Set(ordered.filter((c) => c.source && !PRONOUN_SOURCES.has(sourceWord(ctx, c))));
  for (const c of ordered) {
    const before = prev;
    // a claim told inside a quotation is the quoted speaker's report, and one inside another
    // claim's content ("Lee said that Obama shows ...") is what that speaker reported: no step of the run
    if (ctx.insideQuote[tokenAt(ctx.tokens, c.cue.start)] !== -1 || insideContent(c, ordered)) continue;
    prev = c;
    if (!before || !sure.has(before) || !before.speaker || !before.source || !c.source) continue;
    if (before.source.end > c.source.start || coordinated(ctx, before)) continue;
    const wants = pronounGenderOf(ctx.text.slice(c.source.start, c.source.end).toLowerCase());
    if (!wants || c.speaker === before.speaker || actorKind(ctx.doc, before.speaker) !== "person") continue;
    const at = tokenAt(ctx.tokens, c.source.start);
    if (ctx.insideQuote[at] !== -1) continue;
    if (!nextTelling(ctx, before, c)) continue;
    const has = personGender(ctx, before.speaker);
    if (has && has !== wants) continue;
    const between = mentionsIn(ctx.mentions, { start: before.source.end, end: c.source.start });
    if (between.some((m) => namesOther(ctx, m, before.speaker as string))) continue;
    // '"...," he told Hannity': the one the pronoun's sentence addresses is not who speaks
    if (namedAfter(ctx, before.speaker, c.source.end)) continue;
    c.speaker = before.speaker;
    sure.add(c);
  }
}

/** A person other than `speaker`, named outside any quotation (not a pronoun the actor stage resolved). */
function namesOther(ctx: ClaimContext, m: Mention, speaker: string): boolean {
  if (m.actor === speaker || m.via === "pronoun") return false;
  if (m.kind !== "person" && actorKind(ctx.doc, m.actor) !== "person") return false;
  return ctx.insideQuote[tokenAt(ctx.tokens, m.start)] === -1;
}

/** Nothing but punctuation and quotation lies between the claim `a` and the claim `b` after it. */
function nextTelling(ctx: ClaimContext, a: Claim, b: Claim): boolean {
  const end = Math.max(a.cue.end, a.content.end, a.source?.end ?? 0);
  const start = Math.min(b.cue.start, b.content.start, b.source?.start ?? b.cue.start);
  if (end > start) return false;
  for (let i = tokenAt(ctx.tokens, end); i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.start >= start) break;
    if (t.start >= end && t.kind === "word" && ctx.insideQuote[i] === -1) return false;
  }
  return true;
}

const PRONOUN_SOURCES = new Set([...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, ...THING_PRONOUNS]);

function sourceWord(ctx: ClaimContext, c: Claim): string {
  return c.source ? ctx.text.slice(c.source.start, c.source.end).toLowerCase() : "";
}

/** The claim's cue lies inside the content of another claim. */
function insideContent(c: Claim, claims: Claim[]): boolean {
  return claims.some((o) => o !== c && o.content.start <= c.cue.start && c.cue.end <= o.content.end);
}

/** `actor` is named outside quotation in the rest of the sentence after `offset`. */
function namedAfter(ctx: ClaimContext, actor: string, offset: number): boolean {
  const i = tokenAt(ctx.tokens, offset);
  const s = ctx.sentenceOf[Math.min(i, ctx.tokens.length - 1)] as number;
  const last = ctx.tokens[ctx.sentenceLast[s] as number] as Token;
  if (
    mentionsIn(ctx.mentions, { start: offset, end: last.end }).some(
      (m) => m.actor === actor && ctx.insideQuote[tokenAt(ctx.tokens, m.start)] === -1,
    )
  )
    return true;
  // the entity stage may miss a later bare surname ("he told Hannity"): the name's last word will do
  const surname = ctx.doc.actors
    .find((a) => a.id === actor)
    ?.name.split(" ")
    .at(-1)
    ?.toLowerCase();
  for (let k = i; k < ctx.tokens.length && (ctx.tokens[k] as Token).start < last.end; k++)
    if ((ctx.tokens[k] as Token).lower === surname && ctx.insideQuote[k] === -1) return true;
  return false;
}

/** "Ann Lee and Tom Marsh, who say": a claim of two people hands its speaker to no "he" or "she". */
function coordinated(ctx: ClaimContext, c: Claim): boolean {
  if (!c.source) return false;
  const people = new Set(
    mentionsIn(ctx.mentions, c.source)
      // "Romney's director Dan Roe" is one person: an owner only describes them
      .filter((m) => !/^['’]/.test(ctx.text.slice(m.end, m.end + 1)))
      .filter((m) => m.kind === "person" || actorKind(ctx.doc, m.actor) === "person")
      .map((m) => m.actor),
  );
  return people.size > 1;
}
