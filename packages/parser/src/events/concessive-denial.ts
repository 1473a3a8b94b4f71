import lexicon from "../../data/concessive-denials.json";
import type { ActorMention } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "..., whose eastern flanks are considered occupied territory, although
// Israel disputes this": a rejecting verb whose object is "this", "that" or
// "it", in a clause opened by "although", "though", "but" or "while" right
// before its subject, disputes what the main clause before it told. Only verbs
// of disputing count: "but Israel rejected it" may reject a plan, a response.

const VERBS = new Set(lexicon.verbs);
const CONCESSIVES = new Set(lexicon.conjunctions);
const DEMONSTRATIVES = new Set(lexicon.objects);

/**
 * The main clause denied by "although Israel disputes this" (the words of the
 * sentence before the conjunction), or null when the cue at `cue..last` is not
 * of that shape.
 */
export function concessiveDenied(
  tokens: Token[],
  subject: ActorMention,
  cue: number,
  last: number,
  from: number,
  to: number,
): { start: number; end: number } | null {
  if (!VERBS.has((tokens[cue] as Token).lower)) return null;
  const object = tokens[last + 1];
  if (!object || !DEMONSTRATIVES.has(object.lower)) return null;
  // the object ends the clause: "disputes this." not "disputes that the deal was signed"
  if (last + 2 < to && !(tokens[last + 2] as Token).punct) return null;
  // back from the cue over the subject's words to the conjunction
  let k = cue - 1;
  while (k >= from && (tokens[k] as Token).end > subject.start) k--;
  const conj = tokens[k];
  if (!conj || k <= from || !CONCESSIVES.has(conj.lower)) return null;
  let end = k - 1;
  if (tokens[end]?.punct) end--;
  if (end < from) return null;
  return { start: (tokens[from] as Token).start, end: (tokens[end] as Token).end };
}
