import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn, subjectBefore } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "At the request of Prime Minister Boris Johnson, the Queen suspended
// Parliament", "she will comply with the request of Johnson to suspend
// Parliament": a request told as a noun is a demand by the one named after
// its "of", made of the one who acts on it (the clause's subject, or, with the
// phrase in front, the first name after its comma).

export const REQUEST_NOUNS = new Set(["request", "requests", "behest"]);
const TITLE_GAP = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

export interface Request {
  owner: ActorMention;
  /** Who is asked: the one who acts on the request. */
  asked: ActorMention | null;
}

/**
 * The owner and the one asked of a request noun whose cue ("at the request of", "per request of") ends
 * in "of" (tokens `first`..`last`); else null. The cue opens with "the" or a preposition, so "would not
 * consider requests of this nature" is no request told.
 */
export function requestOf(
  doc: Doc,
  tokens: Token[],
  first: number,
  last: number,
  from: number,
  to: number,
  sentenceStart: number,
): Request | null {
  if ((tokens[last] as Token).lower !== "of" || first < from) return null;
  // the owner's phrase runs to the next punctuation or "to": "United Kingdom Prime Minister Boris Johnson"
  let end = last + 1;
  while (end < to && !(tokens[end] as Token).punct && (tokens[end] as Token).lower !== "to") end++;
  const phraseStart = (tokens[last] as Token).end;
  const phraseEnd = (tokens[end - 1] as Token | undefined)?.end ?? phraseStart;
  const named = mentionsIn(doc, phraseStart, phraseEnd);
  const owner = named.at(-1);
  // only names and their titles: "the request of the committee's chair" names no owner plainly
  if (!owner || !TITLE_GAP.test(doc.text.slice(phraseStart, owner.start))) return null;
  if (doc.text.slice(owner.end, phraseEnd).trim() !== "") return null;
  const head = tokens[first] as Token;
  const subject = subjectBefore(doc, sentenceStart, head.start);
  if (subject && subject.actor !== owner.actor) return { owner, asked: subject };
  // "At the request of X, the Queen suspended Parliament": the first name after the phrase's comma
  const comma = tokens[end];
  if (subject || !comma || comma.lower !== ",") return { owner, asked: null };
  const sentenceEnd = (tokens[to - 1] as Token).end;
  const after = mentionsIn(doc, comma.end, sentenceEnd)[0];
  const asked = after && TITLE_GAP.test(doc.text.slice(comma.end, after.start)) ? after : null;
  return { owner, asked: asked && asked.actor !== owner.actor ? asked : null };
}
