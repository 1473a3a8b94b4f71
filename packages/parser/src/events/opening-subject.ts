import type { Doc } from "../doc.js";
import type { ActorMention } from "./actor-roles.js";

// what may stand between the aside's closing comma and the verb: auxiliaries and adverbs only
const VERB_LEAD =
  /^\s*(?:(?:has|have|had|will|would|shall|should|could|can|may|might|must|is|are|was|were|been|be|did|does|do|not|never|also|then|later|since|recently|already|previously|reportedly|jointly|formally|officially|quickly|now|again|once|still|separately)\s+)*$/i;
// the longest aside read between the opening name and its verb
const ASIDE_REACH = 220;

/**
 * "Jo Roe and Al Poe, the parents of two soldiers killed in an attack on a base in Kandahar,
 * Afghanistan, have filed a lawsuit": a sentence that opens with a name (or two joined by "and"),
 * then one aside set off by commas and closed right before the verb. The opening name is the
 * verb's subject, whatever names the aside holds; the one-apposition reader gives up on asides this
 * long or holding commas of their own ("Kandahar, Afghanistan"). The aside must open as a
 * description does (a lower-case word or a number: ", the parents of", ", 58,", ", who"), so a list
 * of names ("France, Germany and Italy have") is none. `left` are the sentence's actor mentions
 * before the verb at `pos`.
 */
export function openingSubject(
  doc: Doc,
  left: ActorMention[],
  sentenceStart: number,
  pos: number,
): ActorMention | null {
  const first = left[0];
  if (!first || left.length < 2) return null;
  const text = doc.text;
  if (!/^\s*(?:the\s+)?$/i.test(text.slice(sentenceStart, first.start))) return null;
  let ownerEnd = first.end;
  const second = left[1] as ActorMention;
  if (/^\s+and\s+$/.test(text.slice(first.end, second.start))) ownerEnd = second.end;
  if (pos - ownerEnd > ASIDE_REACH) return null;
  const rest = text.slice(ownerEnd, pos);
  if (!/^\s*,\s*(?:\p{Ll}|\d)/u.test(rest) || /[;"“”()]/.test(rest)) return null;
  const close = rest.lastIndexOf(",");
  if (close <= rest.indexOf(",") || !VERB_LEAD.test(rest.slice(close + 1))) return null;
  // the nearest name must lie inside the aside, or there is nothing to skip
  const nearest = left[left.length - 1] as ActorMention;
  return nearest.start > ownerEnd && nearest.end <= ownerEnd + close ? first : null;
}
