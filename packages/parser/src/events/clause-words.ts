import words from "../../data/clause-words.json";
import type { Token } from "./tokens.js";

export const BE_FORMS = new Set(words.beForms);
export const ADVERBS = new Set(words.adverbs);
export const ANAPHORIC = new Set(words.anaphoricDeterminers);
/** Articles, demonstratives and possessive determiners: the words that open a noun phrase of its own. */
export const NOUN_DETERMINERS: readonly string[] = words.nounDeterminers;
export const REPORTING = new Set(words.reportingVerbs);
export const DEMONYM_SUBJECTS = new Set(words.demonymSubjects);
export const EVENT_NOUNS = new Set(words.eventNouns);
export const NEGATIONS = new Set(words.negations);
export const MODAL_AUXILIARIES = new Set(words.modalAuxiliaries);
/** Tokens that end a noun phrase read backwards from its head (a possessor beyond them does not own it). */
export const NP_BREAKS = new Set(words.nounPhraseBreaks);

/** An adverb: a listed one ("then", "also") or any word of five letters or more in -ly ("seriously"). */
export function isAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length > 4 && word.endsWith("ly"));
}
const stops = words.objectStops.map((s) => s.split(" "));

/** True when tokens[i..] starts a phrase that ends an object list ("for", "in response"). */
export function isObjectStop(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.punct) return t.lower === ";" || t.lower === "(" || t.lower === "—" || t.lower === "–";
  // "started its investigation by hiring a law firm": the means, not the one acted on
  if (t.lower === "by" && tokens[i + 1]?.lower.endsWith("ing")) return true;
  return stops.some((words) => words.every((w, k) => tokens[i + k]?.lower === w));
}

/** Index of the first token at or after `from` (and before `to`) that ends an object list. */
export function objectEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isObjectStop(tokens, i)) return i;
  return to;
}

/** True when the cue at `i` is a passive participle: "was arrested", "has been summoned". */
export function isPassive(tokens: Token[], i: number, sentenceFrom: number): boolean {
  if ((tokens[i] as Token).lower.endsWith("ing")) return false;
  // "a province threatened by floods": a participle with its agent
  if ((tokens[i] as Token).lower.endsWith("ed") && tokens[i + 1]?.lower === "by") return true;
  for (let k = i - 1; k >= sentenceFrom && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (BE_FORMS.has(t.lower)) return true;
    // "were seriously threatened", "was actively encouraged": any -ly adverb
    if (!isAdverb(t.lower)) return false;
  }
  return false;
}

/** True when one of `negations` stands within three words before the cue at `i` ("did not accede", "never criticized"). */
export function negatedBefore(
  tokens: Token[],
  i: number,
  from: number,
  negations: Set<string> = NEGATIONS,
  reach = 3,
): boolean {
  for (let k = i - 1; k >= from && k >= i - reach; k--) if (negations.has((tokens[k] as Token).lower)) return true;
  return false;
}
