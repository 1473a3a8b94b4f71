import type { Doc } from "../doc.js";
import { type ActorMention, actorIds, coordinated, mentionsIn } from "./actor-roles.js";
import { type Token, tokenIndexAt } from "./tokens.js";

/**
 * Prepositions that attach a name to something other than the verb's object: "in an interview with CNN",
 * "before a joint meeting of Congress"; not "from" or "by", which name whose the object is ("speech from
 * Donald Trump", "suggestions by the GOP front-runners").
 */
const ADJUNCT_PREPOSITIONS = new Set([
  "with",
  "to",
  "in",
  "at",
  "on",
  "before",
  "during",
  "after",
  "into",
  "toward",
  "towards",
  "through",
  "via",
]);

/**
 * The accused of a cue that needs no preposition ("denounced Trump's remarks",
 * "condemned the Obama administration's policy") when none follows it: the
 * first actor named in the object before any comma, not one that completes an
 * adjunct ("denounced supporters ..., in an interview with CNN", "denouncing the
 * president's efforts before a joint meeting of Congress", "He denounced the
 * coup attempt, telling USA TODAY"), with those listed with it.
 */
export function plainObject(doc: Doc, tokens: Token[], from: number, stop: number, exclude: string[]): string[] {
  let end = from;
  while (end < stop && (tokens[end] as Token).lower !== ",") end++;
  if (end <= from) return [];
  const last = tokens[end - 1] as Token;
  const first = mentionsIn(doc, (tokens[from] as Token).start, last.end).find(
    (m) => !exclude.includes(m.actor) && !ADJUNCT_PREPOSITIONS.has(wordBefore(tokens, m)),
  );
  if (!first) return [];
  return actorIds(coordinated(doc, first, last.end), exclude);
}

/** The lower-cased word just before the mention, over "the" and "a". */
function wordBefore(tokens: Token[], m: ActorMention): string {
  let k = tokenIndexAt(tokens, m.start) - 1;
  while (k >= 0 && ["the", "a", "an"].includes((tokens[k] as Token).lower)) k--;
  return tokens[k]?.lower ?? "";
}
