import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton": a short parenthesis (a party and
// state, an age) between the name and its relative pronoun
const PARENTHESIS_OPENING = /^\s*\([^()]{1,30}\)[\s,—–-]*$/;

// "Tom Rath, a veteran New Hampshire GOP leader who had endorsed Kasich": an appositive noun
// phrase, opened by an article and closed by no punctuation, between the name and the pronoun
const APPOSITIVE = /^\s*,\s+(?:a|an|the)\s+[^,;:.()"“”—–]+$/;
const APPOSITIVE_WORDS = 8;

// "Gov. John Kasich of Ohio, a Republican who": the name before "of" and a place is the one described
const OF_PLACE = /^\s+of\s+$/;

/**
 * The actor a relative clause describes when its pronoun does not stand right after the name:
 * past a short parenthesis, or past an appositive that describes the name ("X, a Republican
 * who has refused to endorse Trump": X refused). Null when neither shape is there.
 */
export function describedBeyondAside(doc: Doc, sentenceStart: number, pronounStart: number): ActorMention | null {
  const mentions = mentionsIn(doc, sentenceStart, pronounStart);
  // (a state named inside the parenthesis, "(D-Ohio)", is no one described)
  const bracketed = mentions.findLast((m) => PARENTHESIS_OPENING.test(doc.text.slice(m.end, pronounStart)));
  if (bracketed) return bracketed;
  // the name the appositive describes ends right before its comma (names inside it only modify
  // its noun: "a veteran New Hampshire GOP leader")
  const between = (m: ActorMention) => doc.text.slice(m.end, pronounStart);
  const holderAt = mentions.findLastIndex((m) => APPOSITIVE.test(between(m)));
  if (holderAt < 0) return null;
  const holder = mentions[holderAt] as ActorMention;
  if (between(holder).trim().split(/\s+/).length - 1 > APPOSITIVE_WORDS) return null;
  const before = mentions[holderAt - 1];
  if (before && OF_PLACE.test(doc.text.slice(before.end, holder.start))) return before;
  return holder;
}
