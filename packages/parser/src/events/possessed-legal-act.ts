import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { courtOf } from "./court-actor.js";
import { PERSONAL_POSSESSIVES, POSSESSIVE_CLITICS, possessiveAt } from "./possessive.js";
import { prosecutingState } from "./prosecuting-state.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "After his conviction in that case last summer", "Vale's indictment came after ...": a legal act
// told as a noun its patient owns. News tells an act this way when it was done before the story
// (a conviction years ago) or when it tells the act for the first time in passing; when the story
// has told the act already, the noun points back to it and tells nothing new.

const SETTINGS = lexicon.possessedLegalActs;
const COURT_ACTS = new Set(SETTINGS.court);
const ASKED = new Set(lexicon.inquiryAskedFor);
const LINKS = new Set(SETTINGS.notModifiers);
const SAME_ACT = SETTINGS.sameAct as Record<string, string[]>;

export interface PossessedAct {
  actor: string;
  target: string;
  evidence: Span;
}

/** The legal act the noun at `head` tells of its possessor, with its doer left to the story by role, or null. */
export function possessedLegalAct(doc: Doc, tokens: Token[], from: number, head: number): PossessedAct | null {
  const noun = tokens[head] as Token;
  const possessor = possessorBefore(doc, tokens, from, head);
  if (!possessor) return null;
  const kind = actorKind(doc, possessor.actor);
  if (!kind || kind === "country") return null;
  // "called for his arrest", "a warrant for her arrest": an act asked for, not done
  const first = tokenIndexAt(tokens, possessor.start);
  for (let j = first - 1; j >= from && j >= first - SETTINGS.askedWithin; j--)
    if (ASKED.has((tokens[j] as Token).lower)) return null;
  // an act of this kind on this person the story told already is what the noun points back to
  if (toldBefore(doc, possessor.actor, noun.lower)) return null;
  const pos = noun.start;
  // with no police or court named, the person's own state (a profile of an American names Iraq
  // more often than the country that arrested him), else the state the story names most
  const state = () => ownState(doc, possessor.actor) ?? prosecutingState(doc, pos, possessor.actor);
  const actor = COURT_ACTS.has(noun.lower) ? (courtOf(doc, pos) ?? state()) : state();
  if (!actor || actor === possessor.actor) return null;
  return { actor, target: possessor.actor, evidence: { start: possessor.start, end: noun.end } };
}

/**
 * The actor owning the noun at `head`: a possessive pronoun of `pronouns` or a name with "'s" before
 * it, across a few lower-case modifiers ("his subsequent conviction", "its impeachment inquiry"), or null.
 */
export function possessorBefore(
  doc: Doc,
  tokens: Token[],
  from: number,
  head: number,
  pronouns: ReadonlySet<string> = PERSONAL_POSSESSIVES,
): ActorMention | null {
  let k = head - 1;
  // (not a noun with its preposition: "Comey's recommendation on prosecution")
  while (
    k >= from &&
    head - 1 - k < SETTINGS.modifiers &&
    /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test((tokens[k] as Token).lower)
  ) {
    const w = (tokens[k] as Token).lower;
    if (pronouns.has(w)) break;
    if (LINKS.has(w)) return null;
    k--;
  }
  const owner = tokens[k];
  if (!owner || k < from) return null;
  return ownerMention(doc, owner, pronouns);
}

/** The actor named by a possessive pronoun or a name with "'s" ending at the token `owner`. */
function ownerMention(doc: Doc, owner: Token, pronouns: ReadonlySet<string>): ActorMention | null {
  if (pronouns.has(owner.lower)) {
    // "his/her extradition": anyone's, no one the story names
    if (/\//.test(doc.text.slice(owner.start - 1, owner.end + 1))) return null;
    return mentionsIn(doc, owner.start, owner.end, true).find((m) => m.start === owner.start) ?? null;
  }
  // "Vale's": the name ends at the clitic, which may be its own token
  const end = POSSESSIVE_CLITICS.has(owner.lower) ? owner.start : owner.end;
  const named = mentionsIn(doc, Math.max(0, end - 200), end).at(-1);
  if (!named || named.end !== end || !possessiveAt(doc.text, named.end)) return null;
  return named;
}

/** Whether the story told a legal act on `patient` before whose words name the act `noun` names ("charged" for "indictment"). */
function toldBefore(doc: Doc, patient: string, noun: string): boolean {
  const stems = SAME_ACT[noun];
  return doc.responses.some((r) => {
    if (r.type !== "legal_action" || !r.targets.includes(patient)) return false;
    if (!stems) return true;
    const words = doc.text.slice(r.evidence.start, r.evidence.end).toLowerCase();
    return stems.some((s) => words.includes(s));
  });
}

/** The country an actor is affiliated with, if that is a country the story names. */
function ownState(doc: Doc, id: string): string | null {
  const aff = doc.actors.find((a) => a.id === id)?.affiliation ?? null;
  return aff && actorKind(doc, aff) === "country" ? aff : null;
}
