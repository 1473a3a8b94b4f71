import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "railed against Republicans for refusing to give the president a hearing",
// "lashed out at Turkey for having shot down a Russian bomber": an act told
// after "for" as the ground of praise or blame is done by the one praised or
// blamed, the object named right before "for", not the clause's subject.

const FOR_FILLERS = new Set(["having", "not", "never", "allegedly", "repeatedly"]);
const MAX_FILLERS = 2;

/** The object named right before the "for" that opens the act at token `first`; else null. */
export function forDoer(
  doc: Doc,
  tokens: Token[],
  first: number,
  from: number,
  sentenceStart: number,
): ActorMention | null {
  let k = first - 1;
  while (k >= from && first - 1 - k < MAX_FILLERS && FOR_FILLERS.has((tokens[k] as Token).lower)) k--;
  const word = tokens[k];
  if (k <= from || !word || word.lower !== "for") return null;
  const named = mentionsIn(doc, sentenceStart, word.start).at(-1);
  if (!named || doc.text.slice(named.end, word.start).trim() !== "") return null;
  // an object: a lower-case word (the verb of praise or blame, or its preposition) stands right before it,
  // but not a passive's "by" ("was praised by Smith for endorsing Jones": the subject endorsed)
  const before = doc.text.slice(sentenceStart, named.start).match(/([\p{L}'’-]+)\s*$/u)?.[1];
  return before && /^\p{Ll}/u.test(before) && before !== "by" && !FOR_FILLERS.has(before) ? named : null;
}
