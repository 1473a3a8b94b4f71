import { acts } from "../entities/find-descriptions.js";
import { participantRoles } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";
import type { PersonFacts } from "./resolve-references.js";
import { sentenceAt } from "./sentence-index.js";

const NEXT_WORD = /^\s*(,|[a-z-]+)/;
// A description right after one of these is a preposition's object, not a clause's subject.
const PREPOSITION = /\b(?:for|of|to|by|against|with|from|on|at|in|about)\s+$/i;
// Words between a role description and a name after it that say the name IS that participant
// ("identified the suspect as X", "the suspect's identity is restricted to X", "the victim was X").
const IDENTIFIES = new Set(["as", "named", "identified", "identity", "is", "was", "name", "called"]);
// A name after one of these is the doer or the source ("the victim was shot by X", "said X"), not the role.
const NOT_IDENTITY = new Set(["by", "said", "says", "told", "according", "against", "from"]);
const MAX_GAP_WORDS = 10;

/**
 * An unnamed participant the story designates by an event role ("the attacker",
 * "the suspect"; see titles.json participants) that the reference stage left
 * unresolved. Within a sentence that also names an untitled person ("the detained
 * suspect's identity is restricted to 'Stefan W'", "identified the suspect as
 * Patrick Crusius") it is that person: the roles a story gives a named person are
 * seldom titles. Otherwise it is a person of its own once one of its definite
 * descriptions heads a clause ("the attacker was shot", "The victim, a student,"),
 * and every unresolved description of that role is that one person (or the named
 * person one of them was found to be: a story has one attacker). Office titles
 * stay out: an unresolved "the official" is too often someone the story never names.
 */
export function keepRolePersons(
  mentions: Mention[],
  notes: MentionNote[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  text: string,
  starts: number[],
): void {
  const open: number[] = [];
  const acting = new Set<string>();
  // role → the named person a description of it was found to be
  const linked = new Map<string, string>();
  mentions.forEach((m, i) => {
    const role = (notes[i] as MentionNote).role;
    if (m.kind !== "person" || m.via !== "description" || keys[i] || !role || !participantRoles.has(role)) return;
    const named = untitledInSentence(i, mentions, keys, facts, starts, text);
    if (named) {
      keys[i] = named;
      if (!linked.has(role)) linked.set(role, named);
      return;
    }
    open.push(i);
    if (
      !/^the /i.test(text.slice(m.start, m.start + 4)) ||
      PREPOSITION.test(text.slice(Math.max(0, m.start - 9), m.start))
    )
      return;
    const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24))?.[1];
    if (next && (next === "," || acts(next))) acting.add(role);
  });
  for (const i of open) {
    const role = (notes[i] as MentionNote).role as string;
    const named = linked.get(role);
    if (named) keys[i] = named;
    else if (acting.has(role)) keys[i] = `person:role:${role}`;
  }
}

/**
 * The untitled named person the sentence identifies mention i with, if any. Only a name
 * after the description, joined to it by an identifying word ("identified the suspect as X")
 * and by no agent or speech word, counts: a name before it is most often the one who acts on
 * the participant or speaks of it ("X shot the victim", "X said the attacker was armed").
 */
function untitledInSentence(
  i: number,
  mentions: Mention[],
  keys: (string | null | undefined)[],
  facts: PersonFacts,
  starts: number[],
  text: string,
): string | null {
  const m0 = mentions[i] as Mention;
  const s = sentenceAt(starts, m0.start);
  for (let j = i + 1; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    if (sentenceAt(starts, m.start) !== s) break;
    const words =
      text
        .slice(m0.end, m.start)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    if (words.length > MAX_GAP_WORDS || words.some((w) => NOT_IDENTITY.has(w))) return null;
    if (m.kind === "person" && m.via === "name") {
      if (!words.some((w) => IDENTIFIES.has(w))) return null;
      return untitled(m, keys[j], facts);
    }
  }
  return null;
}

function untitled(m: Mention, key: string | null | undefined, facts: PersonFacts): string | null {
  if (m.kind !== "person" || m.via !== "name" || !key?.startsWith("person:")) return null;
  return facts.roles.get(key)?.size ? null : key;
}
