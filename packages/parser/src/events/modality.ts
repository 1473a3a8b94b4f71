import lexicon from "../../data/modality-cues.json";
import type { Modality, ResponseType } from "../model.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

const families = new CueSet<Modality>(
  lexicon.families.flatMap((f) => f.cues.map((c) => compilePattern(c, f.modality as Modality))),
);
const order: Modality[] = lexicon.families.map((f) => f.modality as Modality);
const OFFERS = new Set<string>(lexicon.announcedByCueHead);
const implied = lexicon.impliedByType as Partial<Record<ResponseType, Modality>>;

/**
 * Whether a response happened, from the words just before its cue: "said it
 * would expel" is announced, "is reviewing" considered, "did not" negated.
 */
export function modalityBefore(tokens: Token[], cueIndex: number, sentenceFrom: number, type: ResponseType): Modality {
  let from = cueIndex;
  while (from > sentenceFrom && cueIndex - from < lexicon.window) {
    const prev = tokens[from - 1] as Token;
    if (prev.punct) break;
    from--;
  }
  const found = families.matchAll(tokens, from, cueIndex).map((m) => m.pattern.value);
  for (const m of order) if (found.includes(m)) return m;
  if (OFFERS.has((tokens[cueIndex] as Token | undefined)?.lower ?? "")) return "announced";
  return implied[type] ?? "done";
}

const CONDITIONS = new Set<string>(lexicon.conditions);

/**
 * "if Russia were to start bombing", "unless China expels": the cue sits in a
 * condition's clause (no punctuation back to "if"/"unless"), so the act is
 * supposed, not told as taken, announced or decided on.
 */
export function inCondition(tokens: Token[], cueIndex: number, sentenceFrom: number): boolean {
  for (let k = cueIndex - 1; k >= sentenceFrom && cueIndex - k <= lexicon.conditionWindow; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (CONDITIONS.has(t.lower)) return true;
  }
  return false;
}
