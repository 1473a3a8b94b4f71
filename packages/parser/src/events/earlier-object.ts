import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { pronounGender } from "../entities/lexicon.js";
import type { Span } from "../model.js";
import { type ActorMention, closelyTied, mentionsIn } from "./actor-roles.js";
import { genderOf, possessiveDeterminer } from "./object-pronoun.js";
import type { Token } from "./tokens.js";

// how many tokens before the second verb the first verb's object may stand
const REACH = 25;

const THING_KINDS = new Set(["country", "organization", "media"]);
const LIST_GLUE = /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i;

/**
 * "He has called China ''provocative'', accusing it of ...", "has cast Clinton
 * as unqualified and accused her of ...": an object pronoun after a second verb
 * stands for the first verb's object, the last actor named between the
 * accuser's own mention and the cue in the same sentence, when a comma or "and"
 * joins the two verbs. "him" / "her" stand for a person whose gender does not
 * clash, "it" for a country, organization or medium, "them" for a body, a group
 * or persons named in a list. The actor stage does not resolve "it" or "them"
 * and often points "him" at the subject, so this is read only when the cue
 * found no object of its own.
 */
export function earlierObject(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  cue: { first: number; last: number },
  accuser: string,
): string[] {
  const head = tokens[cue.first];
  const word = tokens[cue.last + 1]?.lower ?? "";
  if (!head || !["him", "her", "it", "them"].includes(word) || possessiveDeterminer(tokens, cue.last + 1)) return [];
  const before = mentionsIn(doc, sentence.start, head.start);
  let own = before.length - 1;
  while (own >= 0 && (before[own] as ActorMention).actor !== accuser) own--;
  if (own < 0) return [];
  const reachStart = (tokens[Math.max(0, cue.first - REACH)] as Token).start;
  for (let k = before.length - 1; k > own; k--) {
    const m = before[k] as ActorMention;
    if (m.start < reachStart) return [];
    if (closelyTied(doc, m.actor, accuser)) continue;
    // "called China X, accusing", "cast her as X and accused": the second verb of the clause
    if (!/,|\band\b/.test(doc.text.slice(m.end, head.start))) return [];
    if (word !== "them") return fits(doc, m.actor, word) ? [m.actor] : [];
    const listed = listedIds(doc, before, k, accuser);
    return actorKind(doc, m.actor) !== "person" || listed.length > 1 ? listed : [];
  }
  return [];
}

/** "him" / "her": a person of that gender (or of none known); "it": a country, organization or medium. */
function fits(doc: Doc, actor: string, word: string): boolean {
  const kind = actorKind(doc, actor);
  if (word === "it") return THING_KINDS.has(kind ?? "");
  const known = genderOf(doc, actor);
  return kind === "person" && (!known || known === pronounGender.get(word));
}

/** The actor at `k` with those listed before it ("Priebus and his allies"), leaving out the accuser. */
function listedIds(doc: Doc, before: ActorMention[], k: number, accuser: string): string[] {
  let first = k;
  while (first > 0) {
    const prev = before[first - 1] as ActorMention;
    if (!LIST_GLUE.test(doc.text.slice(prev.end, (before[first] as ActorMention).start))) break;
    first--;
  }
  const ids: string[] = [];
  for (let i = first; i <= k; i++) {
    const id = (before[i] as ActorMention).actor;
    if (id !== accuser && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
