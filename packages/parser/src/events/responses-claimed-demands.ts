import lexicon from "../../data/claimed-demands.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { saidClaims } from "../doc.js";
import type { Claim, Response, Span } from "../model.js";
import { stableId } from "../stable-id.js";
import { type ActorMention, mentionsIn, sameSide, sideOf } from "./actor-roles.js";
import { responseCodes } from "./response-lexicon.js";
import { docTokens, type Token, tokenIndexAt } from "./tokens.js";

// A demand is often told only as what someone said another should do: "the
// United States should reduce its provocative exercises" (a Chinese official
// said), "Republicans should give him a hearing" (Clinton said). The claim
// holds the speaker; the content's subject, when it is another actor and a
// modal of obligation follows it, is the one the demand is made of
// (ANNOTATION.md: `demand`, CAMEO 100).

const MODALS = new Set(lexicon.modals);
const MODALS_WITH_TO = new Set(lexicon.modalsWithTo);
const ADVERBS = new Set(lexicon.adverbs);
const OPENERS = new Set(lexicon.openers);
const FIRST_PERSON = new Set(lexicon.firstPerson);
const NOT_DEMAND_VERBS = new Set(lexicon.notDemandVerbs);
const NOT_AFTER_BE = new Set(lexicon.notAfterBe);
const ACTS_ON_SUBJECT = new Set(lexicon.actsOnSubject);
const GENERIC = new Set(lexicon.generic);
const DETERMINERS = new Set(["the"]);
const CODES = responseCodes.get("demand");

/** Adds a `demand` response for each claim whose content tells another actor what it should do. */
export function findClaimedDemands(doc: Doc): void {
  if (!CODES) return;
  const tokens = docTokens(doc);
  for (const claim of saidClaims(doc)) {
    const speaker = claim.speaker;
    if (!speaker || asked(doc, claim)) continue;
    const from = tokenIndexAt(tokens, claim.content.start);
    for (const m of mentionsIn(doc, claim.content.start, claim.content.end)) {
      if (m.actor === speaker || sameSide(doc, m.actor, speaker) || !foreignCountry(doc, m.actor, speaker)) continue;
      const verb = obligedVerb(doc, tokens, m, from, claim.content.end);
      if (verb < 0 || conditional(tokens, verb, claim.content.end)) continue;
      const evidence = clauseOf(doc, tokens, m, claim.content);
      if (doc.responses.some((r) => r.type === "demand" && overlaps(r.evidence, evidence))) continue;
      doc.responses.push(demand(speaker, m.actor, evidence));
    }
  }
}

/**
 * A country is asked to act by someone of another country ("the United States
 * should reduce its patrols", China's delegate said); a speaker with no known
 * country telling "the United States" what it must do is mostly a candidate
 * or commentator speaking of their own country's policy, no demand of another.
 */
function foreignCountry(doc: Doc, target: string, speaker: string): boolean {
  if (actorKind(doc, target) !== "country") return true;
  const side = sideOf(doc, speaker);
  return side !== target && actorKind(doc, side) === "country";
}

const NEGATIONS = new Set(["not", "n't", "never"]);
// how far back from the subject a negation disowns the wish ("does not believe Khizr and Ghazala Khan should")
const DISOWN_REACH = 6;

/** "she does not believe Khan should be immune": a wish the speaker disowns is no demand. */
function disowned(tokens: Token[], subject: number): boolean {
  for (let k = subject - 1; k >= 0 && k >= subject - DISOWN_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (NEGATIONS.has(t.lower)) return true;
  }
  return false;
}

const CONDITIONS = new Set(["if", "unless"]);
// how far after the verb a condition still governs its clause
const CONDITION_REACH = 10;

/** "Manafort should be held to account if he vetted the speech": a demand on a condition is not yet made. */
function conditional(tokens: Token[], verb: number, end: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + CONDITION_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.start >= end || t.punct) return false;
    if (CONDITIONS.has(t.lower)) return true;
  }
  return false;
}

/** "Should Russia leave?": a question asks, it does not demand. */
function asked(doc: Doc, claim: Claim): boolean {
  return doc.text
    .slice(claim.content.start, claim.content.end + 1)
    .trimEnd()
    .endsWith("?");
}

/**
 * Index of the verb the mention is obliged to ("Japan should be careful":
 * "be"), or -1 when the mention does not open a clause as its subject or no
 * modal of obligation follows it.
 */
function obligedVerb(doc: Doc, tokens: Token[], m: ActorMention, from: number, end: number): number {
  let first = tokenIndexAt(tokens, m.start);
  const head = tokens[first];
  if (!head || head.start !== m.start || FIRST_PERSON.has(head.lower) || GENERIC.has(head.lower)) return -1;
  // "Judges should avoid commenting", "the party must support Clinton": a common noun for a group
  // is mostly said of a whole class, or of the speaker's own side, not of an actor asked to act
  if (m.via === "description") return -1;
  let last = first;
  while (tokens[last] && (tokens[last] as Token).end < m.end) last++;
  if ((tokens[last] as Token | undefined)?.end !== m.end) return -1;
  if (first > from && GENERIC.has((tokens[first - 1] as Token).lower)) return -1;
  if (first > from && DETERMINERS.has((tokens[first - 1] as Token).lower)) first--;
  if (first > from && !OPENERS.has((tokens[first - 1] as Token).lower)) return -1;
  if (disowned(tokens, first)) return -1;
  let k = skipAdverbs(tokens, last + 1, end);
  const modal = tokens[k];
  if (!modal || modal.start >= end) return -1;
  if (MODALS_WITH_TO.has(modal.lower)) {
    if (tokens[k + 1]?.lower !== "to") return -1;
    k++;
  } else if (!MODALS.has(modal.lower)) return -1;
  k = skipAdverbs(tokens, k + 1, end);
  const verb = tokens[k];
  if (!verb || verb.start >= end || verb.punct || NOT_DEMAND_VERBS.has(verb.lower)) return -1;
  if (!/^[a-z]/.test(doc.text.slice(verb.start, verb.end))) return -1;
  if (verb.lower === "be" && !obligedState(doc, tokens[skipAdverbs(tokens, k + 1, end)], end)) return -1;
  return k;
}

/**
 * "be careful", "be more open": a state asked of the subject; "be prosecuted":
 * an act on it asked of whoever may take it. Not another passive ("be
 * defeated", a wish about an enemy) nor a judgement ("be the nominee").
 */
function obligedState(doc: Doc, next: Token | undefined, end: number): boolean {
  if (!next || next.start >= end || next.punct) return false;
  if (ACTS_ON_SUBJECT.has(next.lower)) return true;
  if (NOT_AFTER_BE.has(next.lower)) return false;
  if (/(?:ed|en|ing)$/.test(next.lower)) return false;
  return /^[a-z]/.test(doc.text.slice(next.start, next.end));
}

function skipAdverbs(tokens: Token[], k: number, end: number): number {
  while (tokens[k] && (tokens[k] as Token).start < end && ADVERBS.has((tokens[k] as Token).lower)) k++;
  return k;
}

/** The evidence: from the subject to the content's end, within the subject's sentence. */
function clauseOf(doc: Doc, tokens: Token[], m: ActorMention, content: Span): Span {
  const sentence = doc.sentences[(tokens[tokenIndexAt(tokens, m.start)] as Token).sentence];
  return { start: m.start, end: Math.min(content.end, sentence?.end ?? content.end) };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function demand(actor: string, target: string, evidence: Span): Response {
  return {
    id: stableId(`response:demand:${evidence.start}:${evidence.end}`),
    actor,
    targets: [target],
    type: "demand",
    cameo: CODES?.cameo ?? "100",
    plover: CODES?.plover ?? null,
    modality: "done",
    evidence,
    date: null,
    respondsTo: null,
  };
}
