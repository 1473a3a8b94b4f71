import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { mentionsIn, sameSide } from "./actor-roles.js";
import { isCourt } from "./court-actor.js";
import type { Token } from "./tokens.js";

// "a case brought by the Philippines that could make China's fortifications illegal", "a case
// filed by the Philippines in the International Court of Arbitration challenging China's claims",
// "a lawsuit filed by Texas which tried to overturn the results in Georgia": a case whose words
// name no one after "against" is told against the one its describing clause names first; the
// court it is brought before is no party to it, nor is the clause's subject that rules on it.

const OPENERS = new Set(lexicon.caseOpponents.openers);

/** The first actor the case's describing clause (after `i`, in the sentence up to `to`) names, or null. */
export function caseOpponent(doc: Doc, tokens: Token[], i: number, to: number, actor: string): string | null {
  let k = i;
  while (k < to && !OPENERS.has((tokens[k] as Token).lower)) {
    if ((tokens[k] as Token).lower === ";") return null;
    k++;
  }
  if (k >= to) return null;
  const end = (tokens[to - 1] as Token).end;
  for (const m of mentionsIn(doc, (tokens[k] as Token).start, end)) {
    if (m.actor === actor || isCourt(doc, m.actor) || sameSide(doc, m.actor, actor)) continue;
    return m.actor;
  }
  return null;
}
