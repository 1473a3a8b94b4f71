import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, mentionsIn, possessorOf, subjectBefore } from "./actor-roles.js";
import { isInquiryBody } from "./court-actor.js";
import { mutualSides } from "./mutual-sides.js";
import { patientAfter } from "./nominal-agent.js";
import { possessorBefore } from "./possessed-legal-act.js";
import { POSSESSIVE_CLITICS } from "./possessive.js";
import type { Token } from "./tokens.js";

// "her lawsuit against President Becker", "the regulator's inquiry into Acme", "its impeachment
// investigation into the president", "Russia's expulsion of two diplomats": a nominal act whose
// possessor stands before it and whose preposition names the one it is done to. With the one acted
// on right after the preposition, the possessor is the doer (a patient owner, "his conviction",
// names no one after it). News tells an act this way in passing ("who represented her in her
// lawsuit against X"), so though a possessive points back like "the", the act is told with both its
// sides. A sided noun ("sanctions on", "invasion of", "talks with") is told only so, and its doer
// may also be a state's name right before it ("US sanctions on Iran", "a Taliban attack on X").

const SETTINGS = lexicon.ownedNominalActs;
const LINKS: ReadonlySet<string> = new Set(SETTINGS.links);
const PRONOUNS: ReadonlySet<string> = new Set(SETTINGS.pronouns);
// the possessives that stand for a body as readily as for people: "his" / "her" the actor stage resolves
const IMPERSONAL: ReadonlySet<string> = new Set(["its", "their"]);
const UNREALISED: ReadonlySet<string> = new Set(SETTINGS.unrealisedModifiers);
const ARMED: ReadonlySet<string> = new Set(SETTINGS.armed.types);
const KILLINGS: ReadonlySet<string> = new Set(SETTINGS.armed.killings);
const ATTRIBUTIVE_KINDS = SETTINGS.attributiveKinds as Record<string, string[]>;
const BETWEEN = "between";

export interface NominalAct {
  actor: string;
  targets: string[];
  evidence: Span;
}

/**
 * The act the nominal cue from `first` to `last` tells with both sides named: its owner (or, for a
 * sided cue, the name right before it) as doer, the one named after its preposition as target; or null.
 */
export function nominalAct(
  doc: Doc,
  tokens: Token[],
  sentenceStart: number,
  from: number,
  to: number,
  m: { first: number; last: number; type: string; sided: boolean },
): NominalAct | null {
  // "his proposed ban on Muslims": a plan, not an act
  for (let k = m.first - 1; k >= from && m.first - 1 - k < SETTINGS.modifiers; k--)
    if (UNREALISED.has((tokens[k] as Token).lower)) return null;
  const head = tokens[m.first] as Token;
  if ((tokens[m.last] as Token).lower === BETWEEN) return mutualAct(doc, tokens, to, m.first, m.last);
  const link = nominalLink(tokens, m.last, to);
  if (link < 0) return null;
  const owned = nominalOwner(doc, tokens, sentenceStart, from, m.first);
  // "the police shooting of X", "the ISIS killing of Y": a killing's doer may stand right before it too
  const named =
    !owned && (m.sided || (ARMED.has(m.type) && KILLINGS.has(head.lower)))
      ? attributiveDoer(doc, sentenceStart, head.start)
      : null;
  const attributive =
    named && (ATTRIBUTIVE_KINDS[m.type] ?? ATTRIBUTIVE_KINDS.default ?? []).includes(kindOf(doc, named.actor))
      ? named
      : null;
  const doer = owned?.owner ?? attributive;
  // "Baker defended his probe of Lind": an inquiry is a body's that investigates, else it is a guess
  if (!doer || (m.type === "investigate" && !isInquiryBody(doc, doer.actor))) return null;
  const target = patientAfter(doc, tokens, link, to);
  if (!target || target.actor === doer.actor) return null;
  // "Trump's attacks on Curiel", "her offensive against Sanders": arms are not a person's against a
  // person; such nouns are words (a killing is anyone's)
  if (
    ARMED.has(m.type) &&
    !KILLINGS.has(head.lower) &&
    (kindOf(doc, doer.actor) === "person" || kindOf(doc, target.actor) === "person")
  )
    return null;
  return {
    actor: doer.actor,
    targets: [target.actor],
    evidence: { start: owned ? owned.start : doer.start, end: target.end },
  };
}

/**
 * "a memorandum was signed between Cyprus, Greece and Israel", "a deal brokered between Israel and
 * Bahrain": a mutual act whose participle names its sides after "between", the first named its actor
 * and the rest its partners.
 */
function mutualAct(doc: Doc, tokens: Token[], to: number, first: number, last: number): NominalAct | null {
  const lead = patientAfter(doc, tokens, last, to);
  if (!lead) return null;
  const sides = mutualSides(doc, lead, (tokens[to - 1] as Token).end);
  const targets = [...new Set(sides.slice(1).map((x) => x.actor))].filter((id) => id !== lead.actor);
  if (targets.length === 0) return null;
  const end = (sides.at(-1) as ActorMention).end;
  return { actor: lead.actor, targets, evidence: { start: (tokens[first] as Token).start, end } };
}

/** The mention right before a nominal act, alone or as a possessor: "Turkish airstrikes", "Russia's bombing". */
export function attributiveDoer(doc: Doc, sentenceStart: number, pos: number): ActorMention | null {
  const prev = mentionsIn(doc, sentenceStart, pos).at(-1);
  if (!prev) return null;
  return /^(?:['’]s)?\s+$/.test(doc.text.slice(prev.end, pos)) ? prev : null;
}

const kindOf = (doc: Doc, id: string) => actorKind(doc, id) ?? "";

interface Owner {
  owner: ActorMention;
  /** Where the act's words start: the possessor named, or the possessive pronoun standing for one told before. */
  start: number;
}

/** Index of the preposition ending the nominal cue at `last`, or right after it, that names the one acted on; else -1. */
function nominalLink(tokens: Token[], last: number, to: number): number {
  if (LINKS.has((tokens[last] as Token).lower)) return last;
  return last + 1 < to && LINKS.has((tokens[last + 1] as Token).lower) ? last + 1 : -1;
}

/** The owner of the nominal cue starting at `first`, named by a possessive before it; or null. */
function nominalOwner(doc: Doc, tokens: Token[], sentenceStart: number, from: number, first: number): Owner | null {
  const mark = possessiveBefore(tokens, from, first);
  if (mark < 0) return null;
  const at = tokens[mark] as Token;
  const owner =
    possessorBefore(doc, tokens, from, first, PRONOUNS) ??
    (IMPERSONAL.has(at.lower) ? pronounOwner(doc, sentenceStart, at) : null);
  if (!owner) return null;
  // a possessor told outside the phrase ("the House ... its inquiry") stays out of the evidence
  return { owner, start: owner.end >= at.start ? owner.start : at.start };
}

/** Index of the possessive pronoun or clitic before the noun at `first`, across a few lower-case modifiers, or -1. */
function possessiveBefore(tokens: Token[], from: number, first: number): number {
  for (let k = first - 1; k >= from && first - 1 - k <= SETTINGS.modifiers; k--) {
    const w = (tokens[k] as Token).lower;
    if (PRONOUNS.has(w) || POSSESSIVE_CLITICS.has(w)) return k;
    if (!/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w)) return -1;
  }
  return -1;
}

/**
 * "the House said it would widen its impeachment investigation into X": the one an "its" / "their"
 * the actor stage left unresolved stands for, the subject of its clause (or of the sentence before,
 * when it opens the sentence); an "its" stands for no person.
 */
function pronounOwner(doc: Doc, sentenceStart: number, pronoun: Token): ActorMention | null {
  const owner = subjectBefore(doc, sentenceStart, pronoun.start) ?? possessorOf(doc, sentenceStart, pronoun.lower);
  return owner && (pronoun.lower !== "its" || owner.kind !== "person") ? owner : null;
}
