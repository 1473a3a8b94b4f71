import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { clauseStart } from "./accusation-doer.js";
import { mentionsIn } from "./actor-roles.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import type { Token } from "./tokens.js";

// '"It cherry-picked a limited subset ...," Fallon said', after "Fallon said
// the AP report is misleading": inside a quotation "it" is a body (an outlet,
// a government, an agency) the story has just named, never the speaker. The
// actor stage resolves no "it"; the doer is the one body named from the start
// of the sentence before the pronoun's up to the pronoun, when only one is
// named there, other than the speaker and the body the speaker acts for.
// Only an "it" whose very next word is the wrong ("it covered up"): "it's
// shameful", "it will make us less safe", "it's misleading to imply" tell of
// a thing or of nothing, and named the wrong body in 5 of 6 unseen texts.
// "they" is left alone: in the tuned articles it named the wrong body in 2 of 3
// ('"they raped me"' after a court's ruling on two police officers).

const BODY_KINDS = new Set(["organization", "country", "media", "group"]);
/** "If it lied": a supposed wrong accuses no one. */
const SUPPOSING = new Set(["if", "unless", "whether"]);
/** Words that may open the clause before its subject pronoun: '"So it ...', "Instead, it ...". */
const OPENERS = new Set(["so", "now", "yet", "instead", "still", "then", "again", "clearly", "obviously", ","]);

/**
 * The doer of the wrong at token `wrong` in quoted words [from, ...) spoken by
 * `speaker`, when its clause opens on "it" right before the wrong: the one
 * body named from the start of the sentence before the pronoun's up to the
 * pronoun, other than the speaker and the speaker's own side; else null.
 */
export function quotedBodyDoer(doc: Doc, tokens: Token[], from: number, wrong: number, speaker: string): string | null {
  const start = clauseStart(tokens, from, wrong);
  if (SUPPOSING.has(tokens[start - 1]?.lower ?? "")) return null;
  let k = start;
  while (k < wrong && (QUOTE_MARKS.has((tokens[k] as Token).lower) || OPENERS.has((tokens[k] as Token).lower))) k++;
  const pronoun = tokens[k];
  if (!pronoun || pronoun.lower !== "it" || wrong !== k + 1) return null;
  const sentence = doc.sentences[Math.max(0, pronoun.sentence - 1)];
  if (!sentence) return null;
  const side = doc.actors.find((a) => a.id === speaker)?.affiliation ?? null;
  const candidates = new Set<string>();
  for (const m of mentionsIn(doc, sentence.start, pronoun.start)) {
    if (m.actor === speaker || m.actor === side || m.via === "pronoun") continue;
    if (BODY_KINDS.has(actorKind(doc, m.actor) ?? "")) candidates.add(m.actor);
  }
  return candidates.size === 1 ? ([...candidates][0] as string) : null;
}
