import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import { NOUN_DETERMINERS } from "./clause-words.js";
import { POSSESSIVE_CLITICS } from "./possessive.js";
import type { Token } from "./tokens.js";

// "the protesters' demands have expanded", "one of the five demands of the
// protesters": a demand told as a noun is its owner's demand, wherever in the
// sentence it stands (a possessor before it, or the name right after "of").

const DEMAND_NOUNS = new Set(["demand", "demands"]);
const POSSESSIVE_GAP = /^['’]s?\s+$/;
const OWNER_OF = new Set(["the", "a", "an"]);

/** Who owns the demand noun at token `first` (ending at `last`): "X's demands", "demands of X"; else null. */
export function demandOwner(
  doc: Doc,
  tokens: Token[],
  first: number,
  last: number,
  to: number,
  sentenceStart: number,
): ActorMention | null {
  const head = tokens[first] as Token;
  if (!DEMAND_NOUNS.has(head.lower) || first !== last) return null;
  const before = mentionsIn(doc, sentenceStart, head.start).at(-1);
  if (before && POSSESSIVE_GAP.test(doc.text.slice(before.end, head.start))) return before;
  if (tokens[last + 1]?.lower !== "of" || last + 2 >= to) return null;
  let k = last + 2;
  if (OWNER_OF.has((tokens[k] as Token).lower) && k + 1 < to) k++;
  const at = tokens[k] as Token;
  const named = mentionsIn(doc, at.start, at.start + 80)[0];
  return named && named.start === at.start ? named : null;
}

// words before a demand noun that make it one told before or owned ("the demands", "their demands")
const NOT_BARE = new Set([...NOUN_DETERMINERS, "that"]);

/**
 * "expanded to include demands for investigations": a plural demand noun with no determiner or owner
 * before it and what is asked for after its "for"; its owner is left to the story.
 */
export function bareDemand(tokens: Token[], first: number, last: number, to: number): boolean {
  const head = tokens[first] as Token;
  if (head.lower !== "demands" || first !== last || tokens[last + 1]?.lower !== "for" || last + 2 >= to) return false;
  const before = tokens[first - 1];
  return !before || !(NOT_BARE.has(before.lower) || POSSESSIVE_CLITICS.has(before.lower));
}
