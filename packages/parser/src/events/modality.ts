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
  const from = clauseFrom(tokens, cueIndex, sentenceFrom, lexicon.window);
  const found = families.matchAll(tokens, from, cueIndex).map((m) => m.pattern.value);
  // "vowed to retaliate" announces a threat, and a threat announced is still threatened
  for (const m of order)
    if (found.includes(m)) return m === "announced" && implied[type] === "threatened" ? "threatened" : m;
  if (OFFERS.has((tokens[cueIndex] as Token | undefined)?.lower ?? "")) return "announced";
  return implied[type] ?? "done";
}

/**
 * "did not call", "refused to call", "is reluctant to call": the words just
 * before a cue (same clause, as `modalityBefore` reads them) say the act was
 * not done, whatever other modality they carry.
 */
export function notDoneBefore(tokens: Token[], cueIndex: number, sentenceFrom: number): boolean {
  const from = clauseFrom(tokens, cueIndex, sentenceFrom, lexicon.window);
  return families.matchAll(tokens, from, cueIndex).some((m) => m.pattern.value === "negated");
}

const CONDITIONS = new Set<string>(lexicon.conditions);
const QUESTIONS = new Set<string>(lexicon.questions);

/**
 * "if Russia were to start bombing", "unless China expels", "asked whether he
 * would encourage voters to": the cue sits in a condition's or an open question's
 * clause (no punctuation back to "if"/"unless"/"whether"), so the act is
 * supposed, not told as taken, announced or decided on.
 */
export function inCondition(tokens: Token[], cueIndex: number, sentenceFrom: number): boolean {
  for (let k = clauseFrom(tokens, cueIndex, sentenceFrom, lexicon.conditionWindow); k < cueIndex; k++) {
    const word = (tokens[k] as Token).lower;
    // "to decide whether to submit the articles": a decision weighed, told as such
    if (CONDITIONS.has(word) && !(QUESTIONS.has(word) && tokens[k + 1]?.lower === "to")) return true;
  }
  return false;
}

/** The first of the up to `window` tokens before the cue that no punctuation separates from it. */
function clauseFrom(tokens: Token[], cueIndex: number, sentenceFrom: number, window: number): number {
  let from = cueIndex;
  while (from > sentenceFrom && cueIndex - from < window) {
    if ((tokens[from - 1] as Token).punct) break;
    from--;
  }
  return from;
}
