import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// "a meeting between Mr. Obama and President Vladimir V. Putin", "signed between Cyprus, Greece and
// Israel": the sides a mutual act names after "between" form a list whose members may carry their
// titles, which the mentions leave out; the list ends at the first other word.

const SIDE_GLUE = /^\s*(?:,|,?\s*and|&)?\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** The mentions listed from `first` on, before `limit`: `first` and those joined to it by list glue and titles. */
export function mutualSides(doc: Doc, first: ActorMention, limit: number): ActorMention[] {
  const out = [first];
  let prev = first;
  for (const m of mentionsIn(doc, first.end, limit)) {
    if (!SIDE_GLUE.test(doc.text.slice(prev.end, m.start))) break;
    out.push(m);
    prev = m;
  }
  return out;
}
