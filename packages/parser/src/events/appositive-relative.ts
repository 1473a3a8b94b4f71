import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton": a short parenthesis (a party and
// state, an age) between the name and its relative pronoun
const PARENTHESIS_OPENING = /^\s*\([^()]{1,30}\)[\s,—–-]*$/;

// "Tom Rath, a veteran New Hampshire GOP leader who had endorsed Kasich": an appositive noun
// phrase, opened by an article and closed by no punctuation, between the name and the pronoun
// (after "of" and a place no actor names: "Gov. John Kasich of Ohio, a Republican who")
const APPOSITIVE = /^(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?\s*,\s+(?:a|an|the)\s+[^,;:.()"“”—–]+$/;
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
  const bracketed = lastIndexWhere(mentions, (m) => PARENTHESIS_OPENING.test(doc.text.slice(m.end, pronounStart)));
  if (bracketed >= 0) return mentions[bracketed] as ActorMention;
  // the name the appositive describes ends right before its comma (names inside it only modify
  // its noun: "a veteran New Hampshire GOP leader")
  const between = (m: ActorMention) => doc.text.slice(m.end, pronounStart);
  const holderAt = lastIndexWhere(mentions, (m) => APPOSITIVE.test(between(m)));
  if (holderAt < 0) return null;
  const holder = mentions[holderAt] as ActorMention;
  if (between(holder).trim().split(/\s+/).length - 1 > APPOSITIVE_WORDS) return null;
  const before = mentions[holderAt - 1];
  if (before && OF_PLACE.test(doc.text.slice(before.end, holder.start))) return before;
  return holder;
}

// "Gov. John Kasich of Ohio, a Republican who": the name right before the pronoun is the appositive's
// own noun (a party, a nationality) that describes the name before its comma
const ARTICLE_AFTER_COMMA = /,\s+an?\s+$/;
const COMMA_BEFORE = /^\s*$/;

/** The name an appositive "a Republican" describes, when `named` is that appositive's noun; else `named`. */
export function appositiveHolder(doc: Doc, sentenceStart: number, named: ActorMention): ActorMention {
  const opening = doc.text.slice(sentenceStart, named.start);
  const article = ARTICLE_AFTER_COMMA.exec(opening);
  if (!article) return named;
  const comma = sentenceStart + article.index;
  const mentions = mentionsIn(doc, sentenceStart, comma);
  const holderAt = lastIndexWhere(mentions, (m) => COMMA_BEFORE.test(doc.text.slice(m.end, comma)));
  if (holderAt < 0) return named;
  const holder = mentions[holderAt] as ActorMention;
  const before = mentions[holderAt - 1];
  if (before && OF_PLACE.test(doc.text.slice(before.end, holder.start))) return before;
  return holder;
}

function lastIndexWhere(mentions: ActorMention[], test: (m: ActorMention) => boolean): number {
  for (let i = mentions.length - 1; i >= 0; i--) if (test(mentions[i] as ActorMention)) return i;
  return -1;
}
