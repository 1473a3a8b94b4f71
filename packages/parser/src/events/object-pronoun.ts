import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import { firstNameGender, passiveAuxiliaries, pronounGender } from "../entities/lexicon.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import { isAdverb } from "./clause-words.js";
import type { Token } from "./tokens.js";

/** Words that may follow an object pronoun "her": "attacked her and", "attacked her over ...". */
const OBJECT_FOLLOWERS = new Set(cues.objectFollowers);

/** "his", "their", "its", and "her" before a noun ("her record", not "attacked her harshly" or "her and"). */
export function possessiveDeterminer(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.lower === "his" || t.lower === "their" || t.lower === "its") return true;
  if (t.lower !== "her") return false;
  const next = tokens[i + 1];
  return !!next && !next.punct && !isAdverb(next.lower) && !OBJECT_FOLLOWERS.has(next.lower);
}

// how far back the one a pronoun stands for may be named: about three sentences
const LOOK_BACK = 600;

/**
 * The person an object pronoun right after a verb stands for ("Whitfield
 * accused him of lying", "Kerr has called her a liar"). A plain object pronoun
 * never means the subject of its own verb, but the actor stage, which goes by
 * recency and by a gender it often does not know, points it at that subject
 * when the subject is the last person named. Then it stands for the last
 * person named before who is not tied to the subject and whose gender does not
 * clash; when the actor stage chose someone else, its choice stands.
 *
 * Read only when `subject` is named (not a pronoun or a description) right
 * before the verb at `cue` (over auxiliaries, adverbs and a bracket): a verb
 * further from its subject is often no told act ("declined to assail him",
 * "had no right to criticize him") or the subject is a guess that may itself
 * be the pronoun's referent ("the prince ..., calling him"). Null when the
 * token at `i` is no object pronoun ("her record" is a possessive) or no one fits.
 */
export function objectPronounActor(doc: Doc, tokens: Token[], cue: number, i: number, subject: string): string | null {
  const t = tokens[i];
  if (!t || (t.lower !== "him" && t.lower !== "her") || possessiveDeterminer(tokens, i)) return null;
  if (namedRightBefore(doc, tokens, cue) !== subject) return null;
  const resolved = mentionsIn(doc, t.start, t.end, true).find((m) => m.start === t.start)?.actor;
  if (resolved && resolved !== subject) return closelyTied(doc, resolved, subject) ? null : resolved;
  const gender = pronounGender.get(t.lower);
  const before = mentionsIn(doc, Math.max(0, t.start - LOOK_BACK), t.start);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as (typeof before)[number];
    if (m.kind !== "person" || closelyTied(doc, m.actor, subject)) continue;
    const known = genderOf(doc, m.actor);
    if (known && gender && known !== gender) continue;
    return m.actor;
  }
  return null;
}

// how many tokens an auxiliary chain and a bracket may span between a subject and its verb
const SUBJECT_REACH = 12;

/** The actor named (by name, not a pronoun or a description) right before the verb at `cue`: "Kerr (D-Ohio) has repeatedly attacked". */
function namedRightBefore(doc: Doc, tokens: Token[], cue: number): string | null {
  let k = cue - 1;
  let depth = 0;
  for (; k >= 0 && k >= cue - SUBJECT_REACH; k--) {
    const w = (tokens[k] as Token).lower;
    if (w === ")") depth++;
    else if (w === "(") depth--;
    else if (depth === 0 && !passiveAuxiliaries.has(w) && !isAdverb(w)) break;
  }
  const last = tokens[k];
  if (!last || depth !== 0) return null;
  const m = mentionsIn(doc, Math.max(0, last.start - 80), last.end).at(-1);
  if (!m || m.end !== last.end || m.via === "pronoun" || m.via === "description") return null;
  return m.actor;
}

/** The gender the actor stage learned for a person, else its first name's. */
export function genderOf(doc: Doc, actor: string): string | null {
  const learned = doc.actorGender?.get(actor);
  if (learned) return learned;
  const name = doc.actors.find((a) => a.id === actor)?.name ?? "";
  return firstNameGender.get(name.split(" ")[0] ?? "") ?? null;
}
