import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { nounPossessor } from "./accusations-nominal.js";
import { type ActorMention, mentionsIn, subjectBefore } from "./actor-roles.js";
import { wordCues } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// Criticism told as a noun: "Warren's criticism of Trump", "Sanders has toned
// down his criticism of Clinton", "Obama, whose criticism of Trump has
// sharpened", "they were unsparing in their criticism of Cruz". The critic is
// the noun's owner (a name, or a possessive pronoun standing for the clause's
// subject) or the subject of a clause that criticises "with" or "in" it; the
// accused is the actor named right after "of". An unowned "the criticism of X"
// names no critic, so it accuses no one. Verbal attacks told as a noun ("his
// attacks on Clinton", "Trump's jabs at Khan") read the same way when a person
// owns them and the one named after "on", "against" or "at" is no state or place.

const C = cues.nominalAccusations;
// through the shared cue index: a sentence without one of the nouns costs a bit test
const NOUNS = wordCues(C.criticismNouns);
const ATTACKS = wordCues(C.attackNouns);
const ATTACK_PREPS = new Set(C.attackPreps);
const OWNER_PRONOUNS = new Set(C.ownerPronouns);
const OWNER_FRAMES = new Set(C.ownerFrames);
const OWNER_ADJECTIVES = new Set(C.ownerAdjectives);
const NEGATORS = new Set(C.negators);
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
  const critic = nounPossessor(doc, tokens, from, k) ?? ownerOf(doc, tokens, sentence, from, k);
  if (!critic) return;
  const criticised = namedAfter(doc, tokens, k + 1, to);
  if (!criticised || criticised.actor === critic.actor) return;
  // an attack is words only between a person and one who is no state or place ("his attacks on Ukraine" may be an army's)
  if (attack && (kindOf(doc, critic.actor) !== "person" || PLACE_KINDS.has(kindOf(doc, criticised.actor) ?? "")))
    return;
  const noun = tokens[k] as Token;
  const start = critic.start < noun.start && noun.start - critic.start < EVIDENCE_REACH ? critic.start : noun.start;
  addAccusation(doc, tokens, {
    accuser: critic.actor,
    accused: [criticised.actor],
    allegation: { start: noun.start, end: criticised.end },
    evidence: { start, end: criticised.end },
    context: sentence,
  });
}

const kindOf = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id)?.kind;
const PLACE_KINDS = new Set(["country", "location"]);

/**
 * "his criticism", "their harsh criticism", "with criticism", "in their
 * criticism": the clause's subject; "X, whose criticism": the name before
 * "whose". One adjective may stand before the noun.
 */
function ownerOf(doc: Doc, tokens: Token[], sentence: Span, from: number, k: number): ActorMention | null {
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
  const kind = doc.actors.find((a) => a.id === subject.actor)?.kind;
  // "his" and "her" stand for a person, "its" for a body or a state
  if ((t.lower === "his" || t.lower === "her") && kind !== "person") return null;
  if (t.lower === "its" && kind === "person") return null;
  return subject;
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
