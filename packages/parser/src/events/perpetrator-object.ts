import type { Doc } from "../doc.js";
import { storyAttacker } from "./implied-agent.js";
import { PERPETRATOR_ROLES } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// "Police arrested the accused", "Judge Kellar ordered the accused remain in
// custody": a legal act on "the accused" or "the suspect" is on the person the
// story holds for its crime, whom it names elsewhere with a name and calls the
// attacker or the suspect once (implied-agent.ts's storyAttacker); no actor
// mention stands at the role noun itself. A possessive ("the suspect's wife")
// names someone else.

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/** Whether tokens from `k` read "the" + a perpetrator's role noun, not a possessor. */
function roleAt(tokens: Token[], k: number, to: number): boolean {
  if (k + 1 >= to || (tokens[k] as Token).lower !== "the") return false;
  return PERPETRATOR_ROLES.has((tokens[k + 1] as Token).lower) && !POSSESSIVE.has(tokens[k + 2]?.lower ?? "");
}

/**
 * The story's perpetrator when a legal cue (tokens `first`..`last`) acts on one named by role: right
 * after the cue, or right after its verb ("ordered the accused remain in custody"); else none.
 */
export function perpetratorObject(
  doc: Doc,
  tokens: Token[],
  first: number,
  last: number,
  to: number,
  actor: string,
): string[] {
  if (!roleAt(tokens, last + 1, to) && !(first < last && roleAt(tokens, first + 1, last + 1))) return [];
  const perpetrator = storyAttacker(doc, [actor]);
  return perpetrator ? [perpetrator] : [];
}
