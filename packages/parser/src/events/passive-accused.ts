import lexicon from "../../data/denial-cues.json";
import type { Doc } from "../doc.js";
import { type ActorMention, closelyTied, mentionsIn, subjectBefore } from "./actor-roles.js";
import { isPassive } from "./clause-words.js";
import { wordCues } from "./cue-patterns.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";

// "Varga was arrested on Friday", "Varga, who is accused of fraud", "Varga
// faces three charges": a story often tells the legal act or the accusation
// without naming who brought it, so no accusation or response stands for it,
// yet what the subject says next in their own defence answers it. This lists,
// once per doc, the actors told so and where.

const PARTICIPLES = new Set(lexicon.accusedParticiples);
const ACTIVE = new Set(lexicon.accusingVerbs);
const FACES = new Set(["face", "faces", "faced", "facing"]);
const FACED = new Set(lexicon.facedThings);
// the three lists' words through the shared cue index: a token none of them is costs a bit
// test instead of three set lookups of its string (this reads every token of the doc)
const TOLD_VERBS = wordCues([...PARTICIPLES, ...ACTIVE, ...FACES]);

interface Told {
  actor: string;
  pos: number;
  /** The words after the verb in its sentence: what the actor is told accused of. */
  words: string[];
}

/** How many words of an allegation name the act ("stealing the painting", "Reis had lied to"). */
const ALLEGATION_WORDS = 4;
const ACT_OPENERS = new Set(["of", "with", "for", "over"]);

function wordsAfter(tokens: Token[], i: number): string[] {
  // "accused of stealing the painting", "charged with bribing": the act after the preposition
  const open = tokens[i + 1];
  if (!open || open.sentence !== (tokens[i] as Token).sentence || !ACT_OPENERS.has(open.lower)) return [];
  return headWords(tokens, i + 2, tokens.length);
}

/** The first few words of an allegation, up to punctuation: the act, not the circumstances told after it. */
function headWords(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  const sentence = (tokens[from] as Token | undefined)?.sentence;
  for (let k = from; k < to && out.length < ALLEGATION_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.punct || t.sentence !== sentence) break;
    out.push(t.lower);
  }
  return out;
}

const cache = new WeakMap<Doc, Told[]>();

function toldAccused(doc: Doc): Told[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const tokens = docTokens(doc);
  const told: Told[] = [];
  for (const m of TOLD_VERBS.matchAll(tokens, 0, tokens.length)) {
    const i = m.first;
    const t = tokens[i] as Token;
    const participle = PARTICIPLES.has(t.lower);
    const active = ACTIVE.has(t.lower);
    if (!participle && !active && !FACES.has(t.lower)) continue;
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    const object = active ? objectAfter(doc, tokens, i) : null;
    if (object) {
      // "accused Varga of stealing": the act follows the object
      const past = tokenIndexAt(tokens, object.end);
      told.push({ actor: object.actor, pos: t.start, words: wordsAfter(tokens, past - 1) });
      continue;
    }
    if (participle ? !isPassive(tokens, i, sentenceRange(tokens, t.sentence)[0]) : !facesCharges(tokens, i)) continue;
    const subject = subjectBefore(doc, sentence.start, t.start);
    if (subject && onlyAuxiliaries(doc.text.slice(subject.end, t.start)))
      told.push({ actor: subject.actor, pos: t.start, words: wordsAfter(tokens, i) });
  }
  cache.set(doc, told);
  return told;
}

const AUXILIARIES = new Set(lexicon.passiveAuxiliaries);
const OBJECT_OPENERS = /^(?:\s|the\b|a\b|an\b|former\b)*$/i;

/**
 * "The newspaper accused the ministry of ...", "prosecutors charged Varga
 * with ...": the actor named right after an accusing verb in the active is the
 * one accused, whoever the subject is (often a paper or "officials", no actor).
 */
function objectAfter(doc: Doc, tokens: Token[], i: number): ActorMention | null {
  const t = tokens[i] as Token;
  if (isPassive(tokens, i, sentenceRange(tokens, t.sentence)[0])) return null;
  const m = mentionsIn(doc, t.end, t.end + 60)[0];
  return m && OBJECT_OPENERS.test(doc.text.slice(t.end, m.start)) ? m : null;
}

/**
 * The words between the subject and the participle: auxiliaries, adverbs, a
 * "who" and an apposition set off by commas ("Varga, 54, who was later
 * charged"), so that in "a system that has been criticized" the name before it
 * is not taken for the one criticized.
 */
function onlyAuxiliaries(between: string): boolean {
  const words = between
    .replace(/,[^,]*,/, " ")
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return words.every((w) => AUXILIARIES.has(w) || (w.length > 4 && w.endsWith("ly")));
}

/** "faces three counts of fraud", "is facing charges": a charge-like noun within three words. */
function facesCharges(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.punct || t.sentence !== (tokens[i] as Token).sentence) return false;
    if (FACED.has(t.lower)) return true;
  }
  return false;
}

/** The speaker, or one acting for it or for whom it acts, was told arrested, charged or accused before `before`. */
export function passivelyAccused(doc: Doc, speaker: string, before: number): boolean {
  return toldAccused(doc).some((x) => x.pos < before && closelyTied(doc, x.actor, speaker));
}

/**
 * The words of what the speaker, or one tied to it, was accused of before
 * `before`: the allegations of the accusations against it and the words after
 * the verbs that told it arrested, charged or accused.
 */
export function allegedWords(doc: Doc, speaker: string, before: number): string[] {
  const out: string[] = [];
  for (const x of toldAccused(doc)) if (x.pos < before && closelyTied(doc, x.actor, speaker)) out.push(...x.words);
  const tokens = docTokens(doc);
  for (const a of doc.accusations) {
    if (a.evidence.start >= before || a.accuser === speaker || !a.accused.some((x) => closelyTied(doc, x, speaker)))
      continue;
    const span = a.allegation ?? a.evidence;
    let k = tokenIndexAt(tokens, span.start);
    if (ACT_OPENERS.has(tokens[k]?.lower ?? "")) k++;
    out.push(...headWords(tokens, k, tokenIndexAt(tokens, span.end)));
  }
  return out;
}

/** Anyone was told arrested, charged or accused before `before`. */
export function toldAnyone(doc: Doc, before: number): boolean {
  return toldAccused(doc).some((x) => x.pos < before);
}
