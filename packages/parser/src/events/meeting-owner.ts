import type { Doc } from "../doc.js";
import { type ActorMention, afterPreposition, mentionsIn, possessorOf } from "./actor-roles.js";
import { possessiveAt } from "./possessive.js";
import type { Token } from "./tokens.js";

// "his private meeting with Pope Francis", "Sanders' meeting with the president":
// a meeting told as a noun is its possessor's, held with whom its "with" names.
// Without a possessor ("a meeting with reporters", "the meeting with Eggleston")
// the noun names no one who met, and is left alone.

const MEETING_NOUNS = new Set(["meeting", "meetings"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
// up to two lower-case modifiers between the possessor and the noun ("his one-on-one meeting")
const MODIFIERS = /^\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}$/u;
const NAMED_MODIFIERS = /^['’]s?\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}$/u;
// "Following his meeting with Ryan, Trump met ...": the subject right after a fronted phrase's comma
const AFTER_COMMA = /^,\s*(?:the\s+)?$/i;
const SUBJECT_REACH = 60;

export interface MeetingOwner {
  owner: ActorMention;
  /** Where the possessor stands in the sentence: the pronoun, or the named owner. */
  start: number;
}

/** Who owns the meeting noun at token `first`: a possessive pronoun or a named possessor before it; else null. */
export function meetingOwner(
  doc: Doc,
  tokens: Token[],
  first: number,
  from: number,
  sentence: { start: number; end: number },
): MeetingOwner | null {
  const head = tokens[first] as Token;
  if (!MEETING_NOUNS.has(head.lower)) return null;
  for (let k = first - 1; k >= from && k >= first - 5; k--) {
    const t = tokens[k] as Token;
    if (!POSSESSIVE_PRONOUNS.has(t.lower)) continue;
    if (!MODIFIERS.test(doc.text.slice(t.end, head.start))) return null;
    const owner = pronounOwner(doc, t, head, sentence);
    return owner ? { owner, start: t.start } : null;
  }
  const named = mentionsIn(doc, sentence.start, head.start).at(-1);
  if (!named || !possessiveAt(doc.text, named.end)) return null;
  return NAMED_MODIFIERS.test(doc.text.slice(named.end, head.start)) ? { owner: named, start: named.start } : null;
}

/**
 * The one a possessive pronoun stands for: the sentence's first fitting actor before it that heads
 * a clause ("Sanders says his meeting"), else the subject right after a fronted phrase's comma
 * ("Following his meeting with Ryan, Trump ..."), else the sentences before.
 */
function pronounOwner(doc: Doc, pronoun: Token, head: Token, sentence: { start: number; end: number }) {
  const fits = (x: ActorMention) =>
    pronoun.lower === "their" ? true : (x.kind === "person") === (pronoun.lower !== "its");
  const before = mentionsIn(doc, sentence.start, pronoun.start).find(
    (x) => fits(x) && !afterPreposition(doc, x, sentence.start),
  );
  if (before) return before;
  const comma = doc.text.indexOf(",", head.end);
  if (comma >= 0 && comma < sentence.end) {
    const after = mentionsIn(doc, comma, Math.min(sentence.end, comma + SUBJECT_REACH))[0];
    if (after && fits(after) && AFTER_COMMA.test(doc.text.slice(comma, after.start))) return after;
  }
  return possessorOf(doc, sentence.start, pronoun.lower);
}
