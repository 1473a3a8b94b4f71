import categories from "../../data/accusation-categories.json";
import cues from "../../data/accusation-cues.json";
import { CueSet, compilePattern } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

export interface VerbFrame {
  preps: string[];
  needPrep: boolean;
}

export const accusationVerbs = new CueSet<VerbFrame>(
  cues.verbs.map((v) => compilePattern(v.cue, { preps: v.preps, needPrep: v.needPrep === true })),
);
export const accusationNouns = new CueSet<true>(cues.nouns.map((n) => compilePattern(n, true)));
export const describedAs = new CueSet<true>(cues.describedAs.map((n) => compilePattern(n, true)));
export const REPORTING_ACCUSE = new Set(cues.reporting);
export const ADJECTIVES = new Set(cues.adjectives);
export const accusationNegators = new CueSet<true>(cues.negators.map((n) => compilePattern(n, true)));

const labelled = new CueSet<string>(
  categories.categories.flatMap((c) => c.cues.map((p) => compilePattern(p, c.category))),
);
const wrongs = new CueSet<string | null>(categories.wrongdoing.map((p) => compilePattern(p, null)));

/** The category of the first labelled wrong in tokens [from, to), or undefined when there is none. */
export function categoryIn(tokens: Token[], from: number, to: number): string | undefined {
  const hits = labelled.matchAll(tokens, from, to);
  return hits[0]?.pattern.value;
}

/** Index of the first token of a wrong (labelled or not) in [from, to), or -1. */
export function firstWrong(tokens: Token[], from: number, to: number): number {
  const a = labelled.matchAll(tokens, from, to)[0]?.first ?? -1;
  const b = wrongs.matchAll(tokens, from, to)[0]?.first ?? -1;
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}
