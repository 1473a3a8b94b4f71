import lexicon from "../../data/condemnation-lexicon.json";
import { type CueMatch, CueSet, compilePattern } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// Evaluative words by which a speaker condemns an actor or its act ("an act of
// barbarity", "a witch hunt", "a Soviet-style process"). They count as wrongs
// the way accusation-categories.json's words do, so every finder that reads a
// statement for a wrong (claims, reported statements, "according to") reads
// them too; each family carries its category.

const condemnations = new CueSet<string>(
  lexicon.families.flatMap((f) => f.cues.map((p) => compilePattern(p, f.category))),
);
const CONDITIONALS = new Set(lexicon.conditionals);

/** The one-word condemnations ("barbarity", "sham", "witch-hunt*"), also damning labels: "called the vote a sham". */
export const condemnationLabels: string[] = lexicon.families.flatMap((f) => f.cues.filter((c) => !/[\s~]/.test(c)));
/** The condemnations of a few fixed words ("witch hunt", "power grab"), damning labels too: "called the probe a witch hunt". */
export const condemnationPhrases: string[] = lexicon.families.flatMap((f) =>
  f.cues.filter((c) => /\s/.test(c) && !c.includes("~")),
);
const LABELLED_BY = new Set(lexicon.labelledBy);
const BE = new Set(["is", "was", "were", "are", "been", "being", "be"]);

/**
 * The condemnations in tokens [from, to) that are asserted: not in a question
 * ("Is this a coup?") and not after a conditional in the same clause ("if it
 * were a sham", "could be seen as a hoax"), and not a label someone else
 * gave, reported in the passive ("she was portrayed as a liar").
 */
export function condemnationsIn(tokens: Token[], from: number, to: number): CueMatch<string>[] {
  const hits = condemnations.matchWithin(tokens, from, to);
  // none (most stretches): the shared empty list matchWithin gives, read only
  return hits.length === 0 ? hits : hits.filter((m) => asserted(tokens, m.first, m.last));
}

const CLAUSE_STOPS = new Set([",", ";", ":", ".", "but", "because"]);

function asserted(tokens: Token[], first: number, last: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let k = last + 1; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++)
    if ((tokens[k] as Token).lower === "?") return false;
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || CLAUSE_STOPS.has(t.lower)) break;
    if (CONDITIONALS.has(t.lower)) return false;
    if (LABELLED_BY.has(t.lower) && BE.has(tokens[k - 1]?.lower ?? "")) return false;
  }
  return true;
}
