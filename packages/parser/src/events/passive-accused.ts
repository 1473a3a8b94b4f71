import lexicon from "../../data/denial-cues.json";
import type { Doc } from "../doc.js";
import { closelyTied, subjectBefore } from "./actor-roles.js";
import { isPassive } from "./clause-words.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

// "Varga was arrested on Friday", "Varga, who is accused of fraud", "Varga
// faces three charges": a story often tells the legal act or the accusation
// without naming who brought it, so no accusation or response stands for it,
// yet what the subject says next in their own defence answers it. This lists,
// once per doc, the actors told so and where.

const PARTICIPLES = new Set(lexicon.accusedParticiples);
const FACES = new Set(["face", "faces", "faced", "facing"]);
const FACED = new Set(lexicon.facedThings);

interface Told {
  actor: string;
  pos: number;
}

const cache = new WeakMap<Doc, Told[]>();

function toldAccused(doc: Doc): Told[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const tokens = docTokens(doc);
  const told: Told[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const participle = PARTICIPLES.has(t.lower);
    if (!participle && !FACES.has(t.lower)) continue;
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    if (participle ? !isPassive(tokens, i, sentenceRange(tokens, t.sentence)[0]) : !facesCharges(tokens, i)) continue;
    const subject = subjectBefore(doc, sentence.start, t.start);
    if (subject && onlyAuxiliaries(doc.text.slice(subject.end, t.start)))
      told.push({ actor: subject.actor, pos: t.start });
  }
  cache.set(doc, told);
  return told;
}

const AUXILIARIES = new Set(lexicon.passiveAuxiliaries);

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
