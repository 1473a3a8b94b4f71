import type { Doc } from "../doc.js";
import { categoryIn } from "../events/accusation-lexicon.js";
import { accusationsOfActs } from "../events/accusations-of-acts.js";
import { accusationsOfDecisions } from "../events/accusations-of-decisions.js";
import { accusationsOfLegalActs } from "../events/accusations-of-legal-acts.js";
import { accusationsOfUntoldActs } from "../events/accusations-of-untold-acts.js";
import { sameSide } from "../events/actor-roles.js";
import { clauseEnd } from "../events/clause-bounds.js";
import { findDismissals } from "../events/find-dismissals.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "../events/tokens.js";
import type { Accusation, Response, Span } from "../model.js";
import { linkDenials } from "./link-denials.js";
import { ANAPHORIC_EVENTS, causeOpeners, follows, respondedBy } from "./link-lexicon.js";

/**
 * Ties responses to what they answer when the text says so: a cause phrase
 * after the cue ("for trying to assassinate", "over the poisoning", "in
 * response to what they describe as ..."), "responded by", and "the move came
 * a day after the report ...". Then ties denials to the accusations they deny,
 * after adding what only the story's acts make accusations ("characterized the
 * attack as a violation") and denials ("It is a propaganda stunt").
 */
export function linkItems(doc: Doc): void {
  const tokens = docTokens(doc);
  accusationsOfActs(doc);
  accusationsOfDecisions(doc);
  accusationsOfLegalActs(doc);
  accusationsOfUntoldActs(doc);
  findDismissals(doc);
  for (const r of doc.responses) {
    if (r.respondsTo) continue;
    r.respondsTo = causeLink(doc, tokens, r) ?? respondedByLink(doc, tokens, r);
  }
  followsLinks(doc, tokens);
  for (const r of doc.responses) inheritDate(doc, r);
  linkDenials(doc);
}

function sentenceOf(doc: Doc, pos: number): number {
  return doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The cause phrase after the response's cue, and what in the story it names. */
function causeLink(doc: Doc, tokens: Token[], r: Response): string | null {
  const s = sentenceOf(doc, r.evidence.start);
  if (s < 0) return null;
  const [, to] = sentenceRange(tokens, s);
  const from = tokenIndexAt(tokens, r.evidence.start);
  const stop = clauseEnd(tokens, from, to);
  const opener = causeOpeners.firstMatch(tokens, from + 1, stop);
  if (!opener) return null;
  const phrase = { start: (tokens[opener.last] as Token).end, end: (tokens[stop - 1] as Token).end };
  const inPhrase = doc.accusations.find(
    (a) => overlaps(a.evidence, phrase) || (a.allegation && overlaps(a.allegation, phrase)),
  );
  if (inPhrase) return inPhrase.id;
  const category = categoryIn(tokens, opener.last + 1, stop);
  if (category) {
    const match = nearest(
      doc.accusations.filter(
        (a) => a.category === category && a.accused.some((x) => r.targets.some((t) => sameSide(doc, x, t))),
      ),
      r.evidence,
    );
    if (match) return match.id;
  }
  return null;
}

function nearest<T extends { evidence: Span }>(items: T[], at: Span): T | null {
  let best: T | null = null;
  for (const x of items)
    if (!best || Math.abs(x.evidence.start - at.start) < Math.abs(best.evidence.start - at.start)) best = x;
  return best;
}

/** "Moscow responded by expelling ...": the last action against the responder's side. */
function respondedByLink(doc: Doc, tokens: Token[], r: Response): string | null {
  const s = sentenceOf(doc, r.evidence.start);
  if (s < 0) return null;
  const [from] = sentenceRange(tokens, s);
  const cue = tokenIndexAt(tokens, r.evidence.start);
  const near = respondedBy.matchAll(tokens, from, Math.min(cue + 6, tokens.length));
  if (near.length === 0) return null;
  const earlier = doc.responses.filter(
    (x) => x.evidence.start < r.evidence.start && x !== r && x.targets.some((t) => sameSide(doc, t, r.actor)),
  );
  return earlier.at(-1)?.id ?? null;
}

/** "The announcement came a day after a report accused ...": the previous response answers what follows. */
function followsLinks(doc: Doc, tokens: Token[]): void {
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    // the cue first: the cue index rules out a sentence without "came" or "follow" in one bit test
    const f = follows.firstMatch(tokens, from, to);
    if (!f || !anaphoricSubject(tokens, from, Math.min(from + 4, to))) return;
    const after = (tokens[f.last] as Token).end;
    const prior = doc.responses.filter((r) => r.evidence.start < sentence.start && !r.respondsTo).at(-1);
    if (!prior) return;
    const cause: Accusation | Response | undefined =
      doc.accusations.find((a) => a.evidence.start >= after && a.evidence.start < sentence.end) ??
      doc.responses.find((r) => r.evidence.start >= after && r.evidence.start < sentence.end);
    if (cause) prior.respondsTo = cause.id;
  });
}

/** Whether one of tokens [from, to) is a noun that names an event told before ("the move", "the decision"). */
function anaphoricSubject(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ANAPHORIC_EVENTS.has((tokens[i] as Token).lower)) return true;
  return false;
}

/** "Moscow responded by expelling ..." happened when the action it answers did, if no date is told. */
function inheritDate(doc: Doc, r: Response): void {
  if (r.date || !r.respondsTo) return;
  const cause = doc.responses.find((x) => x.id === r.respondsTo);
  if (cause?.date && sentenceOf(doc, cause.evidence.start) >= sentenceOf(doc, r.evidence.start) - 1)
    r.date = cause.date;
}
