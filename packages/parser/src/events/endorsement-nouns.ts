import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, mentionsIn, subjectBefore } from "./actor-roles.js";
import { negatedBefore } from "./clause-words.js";
import { modifiedPerson } from "./name-modifier.js";
import { possessiveAt } from "./possessive.js";
import { ENDORSEMENT_NOUNS } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

// An endorsement told as a noun is coded only with both its sides named around it (see the note
// of 'endorsementNouns' in response-types.json): political news names them far more often so
// ("won the endorsement of X", "X's endorsement of Y") than it tells the verb.

export interface NounEndorsement {
  actor: string;
  targets: string[];
  evidence: Span;
}

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
// "Palin's ringing endorsement": a possessive and up to two lower-case modifiers before the noun
const POSSESSED = /^['’]s?(?:\s+[\p{Ll}][\p{Ll}-]*){0,2}\s+$/u;
// "Palin's Trump endorsement": the possessor right before the name that modifies the noun
const POSSESSOR_GAP = /^['’]s?\s+$/u;
// "of the former Gov. Jeb Bush": an article, one lower-case modifier and capitalised titles before the name
const AFTER_LINK = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const LINKS = new Set(["of", "for", "by", "from", "to"]);
// how many lower-case words may stand between a receiving or giving verb and the noun ("won the early endorsement")
const MODIFIER_REACH = 3;

/** The endorser and the endorsed of the endorsement noun at token `i`, or null when either is unnamed. */
export function nounEndorsement(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  i: number,
): NounEndorsement | null {
  const head = tokens[i] as Token;
  if (negatedBefore(tokens, i, from, ENDORSEMENT_NOUNS.negations)) return null;
  let endorser: ActorMention | null = null;
  let endorsed: ActorMention | null = null;
  const before = mentionsIn(doc, sentence.start, head.start);
  const last = before.at(-1);
  if (last) {
    const gap = doc.text.slice(last.end, head.start);
    const word = doc.text.slice(last.start, last.end).toLowerCase();
    if (POSSESSED.test(gap) || (POSSESSIVE_PRONOUNS.has(word) && /^\s+$/u.test(gap))) endorser = last;
    else if (/^\s+$/u.test(gap) && !POSSESSIVE_PRONOUNS.has(word)) {
      // "a Trump endorsement": the name right before the noun is the one endorsed
      endorsed = last;
      const prev = before.at(-2);
      if (prev && POSSESSOR_GAP.test(doc.text.slice(prev.end, last.start))) endorser = prev;
    }
  }
  let end = head.end;
  // a receiving or giving verb before the noun phrase: "won the endorsement", "gave Clinton a ringing endorsement"
  let k = i;
  const leftmost = Math.min(endorser?.start ?? head.start, endorsed?.start ?? head.start);
  while (k - 1 >= from && (tokens[k - 1] as Token).start >= leftmost) k--;
  // "won the early endorsement": with no name before the noun, its article and modifiers stand between it and the verb
  const bare = k === i;
  for (let n = 0; bare && n < MODIFIER_REACH && k - 1 >= from; n++) {
    const t = tokens[k - 1] as Token;
    if (t.punct || !/\p{Ll}/u.test(doc.text.charAt(t.start)) || ENDORSEMENT_NOUNS.receiving.has(t.lower)) break;
    if (ENDORSEMENT_NOUNS.giving.has(t.lower) || ENDORSEMENT_NOUNS.withheld.has(t.lower)) break;
    k--;
  }
  let verb = k - 1 >= from ? (tokens[k - 1] as Token) : null;
  // "sought Romney's endorsement", "rescinded his endorsement of Trump", "didn't seek or receive": none given
  if (verb && ENDORSEMENT_NOUNS.withheld.has(verb.lower)) return null;
  if (negatedBefore(tokens, k - 1, from, ENDORSEMENT_NOUNS.negations)) return null;
  // "gave Clinton a ringing endorsement": the one given it stands between the verb and the noun phrase
  const given = verb ? before.find((x) => x.end === verb?.end) : undefined;
  if (given && !endorsed && !endorser) {
    let v = k - 1;
    while (v >= from && (tokens[v] as Token).start >= given.start) v--;
    const giver = v >= from ? (tokens[v] as Token) : null;
    if (giver && ENDORSEMENT_NOUNS.giving.has(giver.lower)) {
      endorsed = given;
      verb = giver;
    }
  }
  if (verb?.lower === "up" && k - 2 >= from) verb = tokens[k - 2] as Token;
  const receiving = verb !== null && ENDORSEMENT_NOUNS.receiving.has(verb.lower);
  const giving = verb !== null && ENDORSEMENT_NOUNS.giving.has(verb.lower);
  const link = i + 1 < to ? (tokens[i + 1] as Token) : null;
  if (link && LINKS.has(link.lower)) {
    const after = mentionsIn(doc, link.end, sentence.end);
    const first = after[0];
    const named =
      first && AFTER_LINK.test(doc.text.slice(link.end, first.start)) ? modifiedPerson(doc, first, after) : null;
    // "support for Obama's funding plan": a possessor owns what is backed; it is not backed itself
    if (named && !possessiveAt(doc.text, named.end)) {
      if (link.lower === "by" || link.lower === "from" || (link.lower === "of" && receiving && !endorser)) {
        endorser ??= named;
      } else if (!endorsed) {
        endorsed = named;
        // "an endorsement of Trump by Le Pen"
        const next = after[after.indexOf(named) + 1];
        if (!endorser && next && /^\s+by\s+(?:the\s+)?$/u.test(doc.text.slice(named.end, next.start))) {
          endorser = next;
          end = next.end;
        }
      }
      end = Math.max(end, named.end);
    }
  }
  if ((receiving && !endorsed) || (giving && !endorser)) {
    const subject = verb ? subjectBefore(doc, sentence.start, verb.start) : null;
    if (receiving && !endorsed) endorsed = subject;
    if (giving && !endorser) endorser = subject;
  }
  if (!endorser || !endorsed || endorser.actor === endorsed.actor) return null;
  const inSentence = [endorser, endorsed].filter((x) => x.start >= sentence.start).map((x) => x.start);
  const start = Math.min(verb && (receiving || giving) ? verb.start : head.start, leftmost, ...inSentence);
  return { actor: endorser.actor, targets: [endorsed.actor], evidence: { start, end } };
}
