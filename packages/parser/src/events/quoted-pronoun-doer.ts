import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { clauseStart, ownAct } from "./accusation-doer.js";
import { mentionsIn } from "./actor-roles.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import type { Token } from "./tokens.js";

// '"He ignores the law," Durbin said of Trump': inside a quotation a
// third-person "he" or "she" is never the speaker, who says "I". The actor
// stage takes a pronoun's most recent person, which before a quote is often
// the speaker himself; the wrong's doer is then the most recent person of
// the pronoun's gender before it who is not the speaker. Only "he" and "she":
// guessing "they" from the sentences before named the wrong actor.

const PRONOUN_GENDER = new Map<string, "m" | "f">([
  ["he", "m"],
  ["she", "f"],
  ["he's", "m"],
  ["she's", "f"],
]);
/** "If he were a bigot", "unless she lied": a supposed wrong accuses no one. */
const SUPPOSING = new Set(["if", "unless", "whether"]);
/** "she did nothing illegal", "he never lied": a negated wrong accuses no one. */
const NEGATIONS = new Set(["not", "n't", "never", "nothing", "no", "nobody", "neither", "nor"]);
/** Words that may open the clause before its subject pronoun: '"So he ...', "Now she ...". */
const OPENERS = new Set(["so", "now", "yet", "instead", "still", "then", "again", "clearly", "obviously"]);
/** How far before the quote the doer may be named: the sentence or two before it. */
const REACH = 500;

/**
 * The doer of the wrong at token `wrong` in quoted words [from, ...) spoken by
 * `speaker`, when its clause opens on "he" or "she": the last person of that
 * gender named before the pronoun (within REACH characters) other than the
 * speaker, when only one such person is named there; else null.
 */
export function quotedPronounDoer(
  doc: Doc,
  tokens: Token[],
  from: number,
  wrong: number,
  speaker: string,
): string | null {
  const start = clauseStart(tokens, from, wrong);
  if (SUPPOSING.has(tokens[start - 1]?.lower ?? "")) return null;
  let k = start;
  while (k < wrong && (QUOTE_MARKS.has((tokens[k] as Token).lower) || OPENERS.has((tokens[k] as Token).lower))) k++;
  const pronoun = tokens[k];
  const gender = pronoun ? PRONOUN_GENDER.get(pronoun.lower) : undefined;
  if (!pronoun || !gender || k >= wrong) return null;
  // "he was imprisoned", "he may have": the wrong must be the pronoun's own act
  if (!ownAct(tokens, k + 1, wrong, k)) return null;
  for (let j = k + 1; j < wrong; j++) if (NEGATIONS.has((tokens[j] as Token).lower)) return null;
  // one candidate only: with two persons of the gender named before, "he" is a guess
  const candidates = new Set<string>();
  for (const m of mentionsIn(doc, Math.max(0, pronoun.start - REACH), pronoun.start)) {
    if (m.actor === speaker || m.via === "pronoun" || actorKind(doc, m.actor) !== "person") continue;
    // a person of unknown gender is no candidate: most are named in passing
    if (doc.actorGender?.get(m.actor) === gender) candidates.add(m.actor);
  }
  return candidates.size === 1 ? ([...candidates][0] as string) : null;
}
