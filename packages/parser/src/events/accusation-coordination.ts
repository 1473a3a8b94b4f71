import denialCues from "../../data/denial-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, actorIds, afterPreposition, mentionsIn, subjectBefore } from "./actor-roles.js";
import { isAdverb } from "./clause-words.js";
import { coordinatedAcross } from "./coordinated-verb.js";
import type { Token } from "./tokens.js";

// "Price praised Dalton's budget and accused Acme of polluting", "called him
// divisive and accused him of stoking hatred", "thanked Dalton but criticized
// Acme": a verb joined by "and"/"but" to the clause before shares that
// clause's subject, not the name its first verb took as object (the nearest
// name before the cue, which would accuse in Dalton's name, or accuse him of
// his own deeds and be dropped).

const JOINING = new Set(["and", "but"]);

/** The subject the verb at token `cue` shares with the clause it is joined to, or null when it is joined to none. */
export function coordinatedSubject(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  cue: number,
): ActorMention | null {
  let c = cue - 1;
  if (!JOINING.has(tokens[c]?.lower ?? "")) {
    if (!coordinatedAcross(tokens, cue, from)) return null;
    while (c >= from && !JOINING.has((tokens[c] as Token).lower) && (tokens[c] as Token).lower !== "or") c--;
  }
  const conj = tokens[c];
  if (!conj || c < from || c === from) return null;
  const left = mentionsIn(doc, sentence.start, conj.start);
  const last = left.at(-1);
  if (!last) return null;
  // the first verb's subject: the one before its object, within the same clause ("After Dalton resigned, Price ...": not Dalton)
  const subject = subjectBefore(doc, sentence.start, last.start);
  return subject && !/[,;:]/.test(doc.text.slice(subject.end, last.start)) ? subject : last;
}

// a comma or a conjunction must join two names: "the House Select Committee" is one body, not two
const JOINED = /^\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as|&)\s*(?:the\s+)?$/i;

/**
 * "said Vance, Moss and Kell Mining had bribed officials", "said both X and Y
 * lied": the doer named last before a wrong heads back a list, and every name
 * in it did the wrong. Only names joined by a comma or a conjunction count,
 * from `floor` on; `keep` rejects a name (the accuser, one told).
 */
export function listedDoers(doc: Doc, last: ActorMention, floor: number, keep: (m: ActorMention) => boolean): string[] {
  const before = mentionsIn(doc, floor, last.start);
  const members = [last];
  let start = last.start;
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as ActorMention;
    if (!JOINED.test(doc.text.slice(m.end, start))) break;
    // "in Kell, Vance lied": a name after a preposition is a place or topic, not a doer in the list
    if (!keep(m) || afterPreposition(doc, m, floor)) break;
    members.unshift(m);
    start = m.start;
  }
  return actorIds(members);
}

/**
 * "he complained bitterly about the United States' backing ..., and railed
 * about Washington's propensity": a cue right after "and" that follows the
 * evidence of an accusation already read (its words end where this second act
 * starts) shares that accusation's accuser, whose subject the story may have
 * named only as a pronoun.
 */
export function priorActAccuser(doc: Doc, tokens: Token[], sentence: Span, cue: number): string | null {
  const conj = tokens[cue - 1];
  if (!conj || conj.lower !== "and") return null;
  const prior = doc.accusations.find(
    (a) =>
      a.evidence.start >= sentence.start &&
      a.evidence.end <= conj.start &&
      /^[\s,]*$/.test(doc.text.slice(a.evidence.end, conj.start)),
  );
  return prior?.accuser ?? null;
}

/**
 * "Turkey is already under EU sanctions, and was condemned ... by Egypt": a passive verb
 * joined by "and" / "but" to the clause before, with only its auxiliaries and adverbs
 * between, shares that clause's subject; the name nearest before it ("EU") is only a word
 * of the first clause's object. Null when the passive opens no joined clause.
 */
export function passiveJoinedSubject(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  cue: number,
): ActorMention | null {
  let k = cue - 1;
  while (
    k > from &&
    cue - k <= PASSIVE_REACH &&
    (PASSIVE_AUXILIARIES.has((tokens[k] as Token).lower) || isAdverb((tokens[k] as Token).lower))
  )
    k--;
  // no auxiliary crossed: a bare "and accused" is coordinatedSubject's own case
  if (k === cue - 1 || !JOINING.has(tokens[k]?.lower ?? "")) return null;
  return coordinatedSubject(doc, tokens, sentence, from, k + 1);
}

// auxiliaries and adverbs crossed back from a passive participle to its "and" ("and has since been widely")
const PASSIVE_REACH = 4;
const PASSIVE_AUXILIARIES = new Set(denialCues.passiveAuxiliaries);
