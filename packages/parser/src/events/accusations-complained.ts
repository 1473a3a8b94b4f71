import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { type ActorMention, closelyTied, mentionsIn, subjectBefore } from "./actor-roles.js";
import { allegationEnd } from "./clause-bounds.js";
import { BE_FORMS, isAdverb, isPassive, MODAL_AUXILIARIES, negatedBefore } from "./clause-words.js";
import { wordCues } from "./cue-patterns.js";
import { type Token, tokenIndexAt } from "./tokens.js";

// "Trump complained that the Obama administration abandoned Israel", "Hewlett
// sniped that Fiorina ...": a complaint about what an actor does blames that
// actor. The accused is the actor that opens the complained clause (or owns
// its subject: "complained that Obama's policies ..."); the complainer is the
// claim's speaker when the claims stage read the cue, else the verb's subject.
// A clause whose subject suffers ("complained that Israel was attacked") or
// that names no actor first ("complained that the rules ...") accuses no one.

const C = cues.complaints;
const VERBS = wordCues(C.verbs);
/** Words that may stand between "that" and the accused's name: "that the Obama administration", "that President Obama". */
const SUBJECT_LEAD = new Set(["the", "both", "former", "then"]);
const LEAD_REACH = 3;
/** How far before the verb the complainer's name may start and still open the evidence. */
const EVIDENCE_REACH = 100;

export function complainedAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const m of VERBS.matchAll(tokens, from, to)) {
    const verb = m.first;
    if (negatedBefore(tokens, verb, from) || isPassive(tokens, verb, from)) continue;
    const that = thatAfter(tokens, verb, to);
    if (that < 0) continue;
    const accused = clauseSubject(doc, tokens, that, to);
    if (!accused) continue;
    const head = tokens[verb] as Token;
    const complainer = complainerOf(doc, tokens, sentence, from, verb);
    if (!complainer || closelyTied(doc, complainer.actor, accused.actor)) continue;
    const allegation = { start: accused.start, end: allegationEnd(tokens, that + 1, to) };
    const start =
      complainer.start < head.start && head.start - complainer.start < EVIDENCE_REACH ? complainer.start : head.start;
    addAccusation(doc, tokens, {
      accuser: complainer.actor,
      accused: [accused.actor],
      allegation,
      evidence: { start, end: Math.max(accused.end, Math.min(allegation.end, accused.end + 90)) },
      context: sentence,
    });
  }
}

/** "complained that", "groused to a crowd in Georgia that": the "that" within reach, with no punctuation before it. */
function thatAfter(tokens: Token[], verb: number, to: number): number {
  for (let k = verb + 1; k < to && k <= verb + C.reach; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "that") return k;
    if (t.punct) return -1;
  }
  return -1;
}

/** The actor named first in the clause after "that", over only determiners and capitalised title words, and not a sufferer. */
function clauseSubject(doc: Doc, tokens: Token[], that: number, to: number): ActorMention | null {
  const m = mentionsIn(doc, (tokens[that] as Token).end, (tokens[to - 1] as Token).end)[0];
  if (!m || m.demonym) return null;
  let k = that + 1;
  for (; k < to && (tokens[k] as Token).end <= m.start; k++) {
    const w = tokens[k] as Token;
    if (k > that + LEAD_REACH || !(SUBJECT_LEAD.has(w.lower) || /^\p{Lu}/u.test(doc.text.charAt(w.start)))) return null;
  }
  // past the name's own tokens
  while (k < to && (tokens[k] as Token).start < m.end) k++;
  // "complained that Israel was attacked", "... had been abandoned": the subject of a passive suffers
  for (let j = k; j < to && j <= k + 2; j++) {
    const w = tokens[j] as Token;
    if (BE_FORMS.has(w.lower) && /^\p{Ll}+ed$/u.test(tokens[j + 1]?.lower ?? "")) return null;
    if (!BE_FORMS.has(w.lower) && !["has", "have", "had"].includes(w.lower)) break;
  }
  return m;
}

/** The complainer: the speaker of a claim whose cue is the verb, else the verb's subject ("..., complaining that": the clause's). */
function complainerOf(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  verb: number,
): { actor: string; start: number } | null {
  const head = tokens[verb] as Token;
  const claim = doc.claims.find((c) => c.speaker && c.cue.start <= head.start && head.end <= c.cue.end);
  const subject = subjectBefore(doc, sentence.start, head.start);
  if (subject && modifier(doc, tokens, subject, verb)) return null;
  if (claim?.speaker) return subject?.actor === claim.speaker ? subject : { start: head.start, actor: claim.speaker };
  if (head.lower.endsWith("ing") && tokens[verb - 1]?.lower === ",") {
    const main = mainSubject(doc, tokens, sentence, from, verb);
    return main ? { start: head.start, actor: main } : null;
  }
  return subject;
}

/** Words that may follow the complainer's name on the way to the verb: "Trump has complained", "Sanders, who ...". */
const SUBJECT_FOLLOWERS = new Set(["has", "have", "had", "did", "does", "do", ",", "who", "and", "'s", "’s"]);

/** "Clinton challengers complained": a name followed by a common noun only modifies the subject, which is no actor. */
function modifier(doc: Doc, tokens: Token[], subject: ActorMention, verb: number): boolean {
  let k = tokenIndexAt(tokens, subject.end);
  while (k < verb && (tokens[k] as Token).start < subject.end) k++;
  if (k >= verb) return false;
  const w = tokens[k] as Token;
  if (w.punct || SUBJECT_FOLLOWERS.has(w.lower) || BE_FORMS.has(w.lower) || MODAL_AUXILIARIES.has(w.lower))
    return false;
  if (isAdverb(w.lower) || VERBS.matchAll(tokens, k, k + 1).length > 0) return false;
  return /^\p{Ll}+$/u.test(doc.text.slice(w.start, w.end));
}
