import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { coordinatedSubject } from "./accusation-coordination.js";
import { nounPossessor } from "./accusations-nominal.js";
import { type ActorMention, mentionsIn, subjectBefore } from "./actor-roles.js";
import { NP_BREAKS } from "./clause-words.js";
import { wordCues } from "./cue-patterns.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// Criticism told as a noun: "Warren's criticism of Trump", "Sanders has toned
// down his criticism of Clinton", "Obama, whose criticism of Trump has
// sharpened", "they were unsparing in their criticism of Cruz". The critic is
// the noun's owner (a name, or a possessive pronoun standing for the clause's
// subject) or the subject of a clause that criticises "with" or "in" it; the
// accused is the actor named right after "of". An unowned "the criticism of X"
// names no critic, so it accuses no one. Verbal attacks told as a noun ("his
// attacks on Clinton", "Trump's jabs at Khan") read the same way when a person
// owns them and the one named after "on", "against" or "at" is no state or place.
// A critic may also be the subject of a verb that utters the noun ("Price
// delivered a blistering critique of Dalton") or be named after the criticised
// ("a critique of Dalton's record from Price", "criticisms of her acts by Price").

const C = cues.nominalAccusations;
// through the shared cue index: a sentence without one of the nouns costs a bit test
const NOUNS = wordCues(C.criticismNouns);
const ATTACKS = wordCues(C.attackNouns);
const ATTACK_PREPS = new Set(C.attackPreps);
const OWNER_PRONOUNS = new Set(C.ownerPronouns);
const OWNER_FRAMES = new Set(C.ownerFrames);
const OWNER_ADJECTIVES = new Set(C.ownerAdjectives);
const NEGATORS = new Set(C.negators);
const MAKERS = new Set(C.criticismMakers);
const MAKER_FILLERS = new Set([...C.makerFillers, ...C.ownerAdjectives]);
const SOURCES = new Set(C.criticismSources);
const GERUND_OPENERS = new Set(C.criticismGerundOpeners);
/** Words that may stand between "of" and the criticised name: "criticism of the Trump campaign", "of President Obama". */
const OBJECT_LEAD = new Set(["the", "fellow", "former", "then", "rival"]);
const LEAD_REACH = 3;
/** How far before the noun the owner's name may start and still open the evidence. */
const EVIDENCE_REACH = 100;

export function criticismNouns(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of NOUNS.matchAll(tokens, from, to)) {
    if (tokens[m.first + 1]?.lower !== "of") continue;
    ownedCriticism(doc, tokens, sentence, from, to, m.first, false);
  }
  // "his attacks against Clinton", "Trump's jabs at Khan": verbal attacks, owned by a person
  for (const m of ATTACKS.matchAll(tokens, from, to)) {
    if (!ATTACK_PREPS.has(tokens[m.first + 1]?.lower ?? "")) continue;
    ownedCriticism(doc, tokens, sentence, from, to, m.first, true);
  }
}

/** The criticism noun at `k` accuses the actor named after the word that follows it, for the noun's owner. */
function ownedCriticism(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  k: number,
  attack: boolean,
): void {
  if (tokens.slice(Math.max(from, k - 2), k).some((t) => NEGATORS.has(t.lower))) return;
  const owner = nounPossessor(doc, tokens, from, k) ?? ownerOf(doc, tokens, sentence, from, k);
  const uttered = owner || attack ? null : utterer(doc, tokens, sentence, from, k);
  const criticised = namedAfter(doc, tokens, k + 1, to);
  if (!criticised) return;
  const critic = owner ?? uttered ?? (attack ? null : sourceAfter(doc, tokens, criticised, to));
  if (!critic || critic.actor === criticised.actor) return;
  // an attack is words only between a person and one who is no state or place ("his attacks on Ukraine" may be an army's)
  if (attack && (actorKind(doc, critic.actor) !== "person" || PLACE_KINDS.has(actorKind(doc, criticised.actor) ?? "")))
    return;
  const noun = tokens[k] as Token;
  const start = critic.start < noun.start && noun.start - critic.start < EVIDENCE_REACH ? critic.start : noun.start;
  addAccusation(doc, tokens, {
    accuser: critic.actor,
    accused: [criticised.actor],
    allegation: { start: noun.start, end: criticised.end },
    // "a critique of Dalton from Price": the evidence reaches the critic named last
    evidence: { start, end: Math.max(criticised.end, critic.end) },
    context: sentence,
  });
}

/**
 * "Price delivered a blistering critique", "Price offered a gentle, measured
 * criticism": the subject of a verb that utters the noun, with only fillers,
 * commas or lower-case words that break no noun phrase between them.
 */
function utterer(doc: Doc, tokens: Token[], sentence: Span, from: number, k: number): ActorMention | null {
  for (let j = k - 1; j >= from && j >= k - C.criticismMakerReach; j--) {
    const t = tokens[j] as Token;
    if (MAKERS.has(t.lower)) {
      // "..., delivering a critique", "by posting criticisms": a gerund's subject is the sentence's own
      const opener = tokens[j - 1]?.lower ?? "";
      if (t.lower.endsWith("ing") && (opener === "," || GERUND_OPENERS.has(opener)))
        return mentionsIn(doc, sentence.start, t.start)[0] ?? null;
      return subjectBefore(doc, sentence.start, t.start);
    }
    if (MAKER_FILLERS.has(t.lower) || t.lower === ",") continue;
    if (t.punct || NP_BREAKS.has(t.lower) || !/^\p{Ll}+$/u.test(doc.text.slice(t.start, t.end))) return null;
  }
  return null;
}

/**
 * "a critique of Dalton's record from Price", "criticisms of her acts by
 * Price": the first name after "from" or "by" within a few words of the
 * criticised, with no punctuation or past participle between ("criticism of
 * Dalton's plan approved by Price" names who approved, not who criticised).
 */
function sourceAfter(doc: Doc, tokens: Token[], criticised: ActorMention, to: number): ActorMention | null {
  let k = tokenIndexAt(tokens, criticised.end);
  while (k < to && (tokens[k] as Token).start < criticised.end) k++;
  for (let j = k; j < to && j < k + C.criticismSourceReach; j++) {
    const t = tokens[j] as Token;
    if (t.punct && t.lower !== "'s" && t.lower !== "’s") return null;
    if (PARTICIPLE.test(t.lower) && t.lower !== "alleged") return null;
    if (!SOURCES.has(t.lower)) continue;
    const next = tokens[j + 1];
    if (!next || j + 1 >= to) return null;
    const [m, after] = mentionsIn(doc, next.start, (tokens[to - 1] as Token).end);
    if (!m || m.demonym || m.start - next.start >= 30) return null;
    // "by FBI Director James Comey": the person the body's title introduces
    const titled = after && TITLED.test(doc.text.slice(m.end, after.start)) && actorKind(doc, after.actor) === "person";
    return titled ? after : m;
  }
  return null;
}
const PARTICIPLE = /^[a-z]{3,}ed$/;
const TITLED = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u;

const PLACE_KINDS = new Set(["country", "location"]);

/**
 * "his criticism", "their harsh criticism", "with criticism", "in their
 * criticism": the clause's subject; "X, whose criticism": the name before
 * "whose". One adjective may stand before the noun.
 */
function ownerOf(doc: Doc, tokens: Token[], sentence: Span, from: number, k: number): ActorMention | null {
  const framed = framedArticle(doc, tokens, from, k);
  if (framed >= 0) {
    // "Lopez followed up with ...", not "Lopez said the talks ended with ...": the subject's own verb frames it
    const near = subjectBefore(doc, sentence.start, (tokens[framed] as Token).start);
    const at = (tokens[framed] as Token).start;
    // "X began her speech by slamming ... and followed up with a frontal attack on Y": a verb
    // joined to an earlier clause shares its subject, however long that clause ran
    const subject =
      near && framed - tokenIndexAt(tokens, near.end) <= FRAME_REACH
        ? near
        : joinedFrameSubject(doc, tokens, sentence, from, framed);
    if (!subject) return null;
    const reported = doc.claims.some(
      (c) => c.content.start >= subject.end && c.content.start <= at && at < c.content.end,
    );
    return reported ? null : subject;
  }
  let j = k - 1;
  if (OWNER_ADJECTIVES.has(tokens[j]?.lower ?? "")) j--;
  const t = tokens[j];
  if (!t || j < from) return null;
  if (t.lower === "whose") {
    const before = mentionsIn(doc, sentence.start, t.start).at(-1);
    return before && /^\s*,?\s*$/.test(doc.text.slice(before.end, t.start)) ? before : null;
  }
  if (!OWNER_PRONOUNS.has(t.lower) && !OWNER_FRAMES.has(t.lower)) return null;
  const subject = subjectBefore(doc, sentence.start, t.start);
  if (!subject) return null;
  const kind = actorKind(doc, subject.actor);
  // "his" and "her" stand for a person, "its" for a body or a state
  if ((t.lower === "his" || t.lower === "her") && kind !== "person") return null;
  if (t.lower === "its" && kind === "person") return null;
  return subject;
}

/**
 * The subject of the clause that the verb framing the noun is joined to by "and" or "but"
 * ("... and followed up with"): the conjunction within `JOIN_REACH` words before the frame.
 */
function joinedFrameSubject(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  framed: number,
): ActorMention | null {
  for (let j = framed - 2; j >= from && j >= framed - JOIN_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.punct) return null;
    if (t.lower === "and" || t.lower === "but") return coordinatedSubject(doc, tokens, sentence, from, j + 1);
  }
  return null;
}
/** "and followed up with", "but then closed with": the conjunction, a verb and a particle or adverb. */
const JOIN_REACH = 4;

const ARTICLES = new Set(["a", "an", "another"]);
/** Lower-case words that may describe the noun after the article: "with a more frontal attack". */
const DESCRIBERS = 2;
/** At most this many words between the subject and "with" / "in" ("Clinton closed the debate with"). */
const FRAME_REACH = 5;

/**
 * "followed up with a more frontal attack on Trump", "in a blistering critique
 * of Dalton": "with" or "in", an article and at most two lower-case words
 * before the noun frame it as the clause subject's own; the frame's index, or -1.
 */
function framedArticle(doc: Doc, tokens: Token[], from: number, k: number): number {
  let j = k - 1;
  for (let n = 0; n < DESCRIBERS && j > from; n++) {
    const t = tokens[j] as Token;
    if (ARTICLES.has(t.lower) || t.punct || NP_BREAKS.has(t.lower)) break;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(doc.text.slice(t.start, t.end))) return -1;
    j--;
  }
  if (!ARTICLES.has(tokens[j]?.lower ?? "") || j - 1 < from) return -1;
  return OWNER_FRAMES.has(tokens[j - 1]?.lower ?? "") ? j - 1 : -1;
}

/** The actor named right after "of" at token `of`, over only determiners and capitalised title words. */
function namedAfter(doc: Doc, tokens: Token[], of: number, to: number): ActorMention | null {
  const ofTok = tokens[of] as Token;
  const m = mentionsIn(doc, ofTok.end, (tokens[to - 1] as Token).end)[0];
  if (!m || m.demonym) return null;
  for (let i = of + 1; i < to && (tokens[i] as Token).end <= m.start; i++) {
    const w = tokens[i] as Token;
    if (i > of + LEAD_REACH || !(OBJECT_LEAD.has(w.lower) || /^\p{Lu}/u.test(doc.text.charAt(w.start)))) return null;
  }
  return m;
}
