import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import { ownsHarm, possibleDoers, sufferedWrong } from "./accusation-lexicon.js";
import { type ActorMention, afterPreposition, mentionsIn } from "./actor-roles.js";
import { isPassive } from "./clause-words.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// The doer of a wrong told in a statement's content when no actor is named
// within a few words before it: the subject that opens the wrong's own clause
// ("the authorities have chosen to suppress protests in a grossly unlawful
// way"). A clause opens after a boundary word ("that", "because", a comma
// ...); its subject is an actor named in its first words (a pronoun counts
// only as the actor stage resolved it: guessing "they" from the sentence
// before named the wrong actor in the tuned articles' quotes). The wrong
// must be the subject's own act: not suffered (passive), not a topic after a
// preposition ("amendments for sentencing child abuse"), not only possible or
// reported of someone else ("may have", "people believed to have").

const SUBJECT = cues.clauseSubject;
const BOUNDARIES = new Set(SUBJECT.boundaries);
const TOPIC_PREPOSITIONS = new Set(SUBJECT.topicPrepositions);
const BLOCKERS = new Set(SUBJECT.blockers);

/** Index of the first token of the clause holding `wrong`, not before `from`. */
export function clauseStart(tokens: Token[], from: number, wrong: number): number {
  const sentence = (tokens[wrong] as Token).sentence;
  for (let k = wrong - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || BOUNDARIES.has(t.lower)) return k + 1;
  }
  return from;
}

/** The words from `after` up to the wrong read as the subject's own act. */
export function ownAct(tokens: Token[], after: number, wrong: number, floor: number): boolean {
  if (isPassive(tokens, wrong, floor)) return false;
  let words = 0;
  for (let k = after; k < wrong; k++) {
    const t = tokens[k] as Token;
    if (BLOCKERS.has(t.lower)) return false;
    if (!t.punct) words++;
    if (TOPIC_PREPOSITIONS.has(t.lower) && wrong - k <= 4) return false;
  }
  return words <= SUBJECT.maxWords;
}

/**
 * The actor that opens the clause of the wrong at token `wrong` (content
 * starts at `from`), or null. `skip` rejects a mention (the speaker).
 */
export function clauseSubject(
  doc: Doc,
  tokens: Token[],
  from: number,
  wrong: number,
  skip: (m: ActorMention) => boolean,
): string | null {
  const start = clauseStart(tokens, from, wrong);
  if (start >= wrong) return null;
  const first = tokens[start] as Token;
  // the subject stands in the clause's first words: "the Hong Kong authorities", "Joe Biden"
  let lead = start;
  for (let words = 0; lead < wrong && words < SUBJECT.leadWords; lead++) if (!(tokens[lead] as Token).punct) words++;
  const leadEnd = (tokens[lead - 1] as Token).end;
  const m = mentionsIn(doc, first.start, (tokens[wrong] as Token).start).find(
    (x) => x.start < leadEnd && !afterPreposition(doc, x, first.start),
  );
  if (!m) return null;
  const fits =
    !skip(m) &&
    possibleDoers(tokens, [m], wrong, () => false).length > 0 &&
    !ownsHarm(doc.text, tokens, m.end, wrong) &&
    !sufferedWrong(doc.text, tokens, m.end, wrong) &&
    ownAct(tokens, tokenIndexAt(tokens, m.end), wrong, start);
  return fits ? m.actor : null;
}
