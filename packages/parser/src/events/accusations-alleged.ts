import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { accusationNegators } from "./accusation-lexicon.js";
import { closelyTied, mentionsIn, subjectBefore } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { BE_FORMS, isAdverb, negatedBefore } from "./clause-words.js";
import { wordCues } from "./cue-patterns.js";
import type { Token } from "./tokens.js";

// "Smith alleged that Jones paid a friend to sit the exam for him": to allege
// is to say someone did wrong, so the verb accuses whoever opens its clause
// even when no wrong word (accusation-categories.json) names the deed. The
// adjective ("the alleged plot", "two alleged members") is not the verb: the
// clause must open on an actor followed by its own finite verb, and a victim
// ("alleged Navalny was poisoned") or an owner ("alleged Biden's plan would")
// is not accused.

const ALLEGING = wordCues([...cues.alleging.verbs, ...cues.alleging.thatOnly]);
const THAT_ONLY = new Set(cues.alleging.thatOnly);
const DEGREE = new Set(cues.alleging.degree);
const NOT_AFTER = new Set(cues.alleging.notAfter);
const FINITE = new Set(cues.alleging.finiteVerbs);

export function allegedAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const cue of ALLEGING.matchAll(tokens, from, to)) {
    const i = cue.first;
    const verb = tokens[i] as Token;
    const prev = tokens[i - 1]?.lower ?? "";
    if (i === from || BE_FORMS.has(prev) || NOT_AFTER.has(prev) || negatedBefore(tokens, i, from)) continue;
    // "Kerr charged that ...", not "charged with" nor "so politically charged that"
    if (THAT_ONLY.has(verb.lower) && (tokens[i + 1]?.lower !== "that" || degreeBefore(tokens, i, from))) continue;
    let start = i + 1;
    if (tokens[start]?.lower === "that") start++;
    const stop = clauseEnd(tokens, start, to);
    if (start + 1 >= stop) continue;
    if (accusationNegators.matchAll(tokens, start, Math.min(start + 3, stop)).length > 0) continue;
    const accused = clauseOpener(doc, tokens, start, stop);
    if (!accused) continue;
    const speaker = subjectBefore(doc, sentence.start, verb.start);
    const accuser = doc.claims.find((c) => c.cue.start === verb.start)?.speaker ?? speaker?.actor ?? null;
    if (!accuser || closelyTied(doc, accuser, accused)) continue;
    const evStart = speaker && speaker.actor === accuser ? Math.min(speaker.start, verb.start) : verb.start;
    const allegation = { start: (tokens[start] as Token).start, end: allegationEnd(tokens, start, to) };
    addAccusation(doc, tokens, {
      accuser,
      accused: [accused],
      allegation,
      evidence: { start: evStart, end: Math.min(allegation.end, verb.end + 160) },
    });
  }
}

/** The actor that opens the clause at `start` as the subject of its own active verb, if any. */
function clauseOpener(doc: Doc, tokens: Token[], start: number, stop: number): string | null {
  const first = tokens[start] as Token;
  const lead = first.lower === "the" ? (tokens[start + 1] as Token) : first;
  const m = mentionsIn(doc, lead.start, (tokens[stop - 1] as Token).end)[0];
  if (!m || m.start !== lead.start || m.demonym) return null;
  let k = start;
  while (k < stop && (tokens[k] as Token).end <= m.end) k++;
  // "Clinton ''hid'' the documents", "the party largely ignored": a quote mark or an adverb before the verb
  while (
    k < stop &&
    k <= start + 12 &&
    (QUOTES.has((tokens[k] as Token).lower) || isAdverb((tokens[k] as Token).lower))
  )
    k++;
  const next = tokens[k];
  if (!next || k >= stop) return null;
  // a finite verb of its own: an auxiliary, a listed irregular past, or a past in -ed
  const finite = FINITE.has(next.lower) || BE_FORMS.has(next.lower) || PAST.test(next.lower);
  if (!finite) return null;
  // "alleged Navalny was poisoned", "had been paid": a passive subject suffered the deed
  for (let j = k; j <= k + 2 && j + 1 < stop; j++)
    if (BE_FORMS.has((tokens[j] as Token).lower) && PARTICIPLE.test((tokens[j + 1] as Token).lower)) return null;
  return m.actor;
}

/** "so politically charged that": a degree word or a form of 'be' within the two words before the verb. */
function degreeBefore(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 2; k--) {
    const w = (tokens[k] as Token).lower;
    if (DEGREE.has(w) || BE_FORMS.has(w)) return true;
  }
  return false;
}

const QUOTES = new Set(['"', "''", "``", "“", "”", "'", "‘", "’"]);
const PAST = /^[a-z]{2,}ed$/;
const PARTICIPLE = /^[a-z]{2,}(ed|en)$/;
