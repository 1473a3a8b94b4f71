import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// "Sergei Lavrov, Russia's foreign minister, denied ...", "Lewandowski, now a
// paid CNN commentator, has denied ...": the name nearest the verb is only a
// modifier inside an aside describing the subject, and the subject is the name
// the aside follows. A name that ends the aside ("Russia's foreign minister,
// Sergei Lavrov, denied") is the aside's head and stays the subject.

/** The aside closes with a comma, then at most a few lower-case words (auxiliaries, adverbs) before the verb. */
const CLOSED_ASIDE = /^([^,;:()"“”]+),\s*(?:[a-z]+\s+){0,3}$/;
/** Words that open a new subject after the comma rather than an auxiliary or adverb. */
const NEW_SUBJECT = /\b(?:the|a|an|his|her|its|their|he|she|it|they|we|i)\s/i;
/** How long the aside may run, from its opening comma to its closing one. */
const ASIDE_REACH = 70;

/** The mention the aside holding `m` describes, when `m` is a modifier inside that aside; null otherwise. */
export function appositiveHead(doc: Doc, m: ActorMention, sentenceStart: number, verb: number): ActorMention | null {
  const tail = CLOSED_ASIDE.exec(doc.text.slice(m.end, verb));
  // the name must be followed by more of its noun phrase ("'s foreign minister", " commentator")
  if (!tail || !/\p{L}/u.test(tail[1] ?? "")) return null;
  // "Asked whether Russia was involved, the candidate denied": a new subject after the comma
  if (NEW_SUBJECT.test(doc.text.slice(m.end, verb).split(",").pop() ?? "")) return null;
  const open = doc.text.lastIndexOf(",", m.start);
  if (open < sentenceStart || m.start - open > ASIDE_REACH) return null;
  if (/[;:()"“”]/.test(doc.text.slice(open + 1, m.start))) return null;
  const before = mentionsIn(doc, sentenceStart, open);
  const head = before[before.length - 1];
  return head && /^\s*$/.test(doc.text.slice(head.end, open)) ? head : null;
}
