import { pluralCueVerbs, wordsBeforeSpeakingVerb } from "./lexicon.js";
import type { Scan } from "./scan.js";

/**
 * A reporting verb at token `from`, or past at most two words that may stand before one
 * ("have long argued") or adverbs in -ly: what makes a described group a speaker.
 */
export function speakingVerbFrom(scan: Scan, from: number): boolean {
  for (let k = from; k <= from + 2; k++) {
    const t = scan.tokens[k];
    if (!t || t.kind !== "word" || t.cap) return false;
    const w = scan.lower(k);
    if (pluralCueVerbs.has(w)) return true;
    if (!wordsBeforeSpeakingVerb.has(w) && !(w.length > 4 && w.endsWith("ly"))) return false;
  }
  return false;
}
