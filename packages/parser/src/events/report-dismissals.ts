import lexicon from "../../data/denial-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { closelyTied, mentionsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { BE_FORMS, isAdverb, isPassive, NEGATIONS, NOUN_DETERMINERS } from "./clause-words.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";

// "The campaign said the AP report was misleading", "called a report
// suggesting donors were favoured 'outrageous'": a side waving away a report
// about it denies what the report tells. The accusation stage reads the
// adjective as a wrong of the outlet; it is no conduct of the outlet, so that
// accusation gives way to the denial.

const NOUNS = new Set([...lexicon.reportNouns.split("|"), ...lexicon.reportExtraNouns]);
/** "the allegations were false": an allegation is against someone by itself, so it needs no owner. */
const ALLEGATIONS = new Set(lexicon.accusingNouns.split("|").filter((w) => !w.startsWith("claim")));
const ALL_NOUNS = new Set([...NOUNS, ...lexicon.accusingNouns.split("|")]);
/** "is simply not true": a negated truth word dismisses as an adjective does. */
const TRUTHS = new Set(lexicon.reportTruths);
/** "called a report ...": found through the cue index, so sentences without a label verb cost nothing. */
const labelled = new CueSet<true>([
  compilePattern(`${lexicon.reportLabels.join("|")} ~4 ${[...ALL_NOUNS].join("|")}`, true),
]);
const ADJECTIVES = new Set(lexicon.reportAdjectives);
const DETERMINERS = new Set([...NOUN_DETERMINERS, "that", "any", "all", "such", "latest", "new", "recent"]);
const OWNER_LINKS = new Set(["by", "from", "in", "of"]);
/** Words of a noun phrase before the report noun: "the AP report", "a New York Times story". */
const NOUN_REACH = 4;
/** How far the report's own clause may run before its predicate: "the report suggesting donors were ...". */
const PREDICATE_REACH = 24;

/** Whether the speaker's side was accused or acted against before `before` (find-dismissals' test). */
export type AnsweredTest = (speaker: string, before: number) => boolean;

export function reportDismissals(doc: Doc, answered: AnsweredTest): void {
  const tokens = docTokens(doc);
  for (const c of doc.claims) {
    if (!c.speaker) continue;
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    const noun = reportAtStart(tokens, from, to);
    if (noun < 0) continue;
    const adj = dismissivePredicate(tokens, noun, to);
    if (adj < 0) continue;
    // the reporting clause before the content belongs to the denial: "The campaign said the report was ..."
    const source = c.source && c.source.end <= c.content.start && c.content.start - c.source.end < 40 ? c.source : null;
    deny(doc, tokens, c.speaker, from, noun, adj, source?.start ?? (tokens[from] as Token).start, answered);
  }
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of labelled.matchAll(tokens, from, to)) {
      const i = m.first;
      if (isPassive(tokens, i, from)) continue;
      const noun = reportAtStart(tokens, i + 1, to);
      if (noun < 0) continue;
      const adj = closingAdjective(tokens, noun, to);
      if (adj < 0) continue;
      const subject = subjectBefore(doc, sentence.start, (tokens[i] as Token).start);
      if (!subject) continue;
      const start = (tokens[i] as Token).start - subject.end < 60 ? subject.start : (tokens[i] as Token).start;
      deny(doc, tokens, subject.actor, i + 1, noun, adj, start, answered);
    }
  });
}

/** Index of a report noun opening tokens [from, to) behind determiners and a short name, or -1. */
function reportAtStart(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to && k <= from + NOUN_REACH; k++) {
    const t = tokens[k] as Token;
    if (ALL_NOUNS.has(t.lower)) return k;
    if (t.punct || BE_FORMS.has(t.lower) || (k > from && DETERMINERS.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * "was misleading", "is simply not true", "was a smear": the adjective after
 * a be-form, or -1; a be-form inside the report's own clause ("Rubio's claim
 * that Cruz is in favor of ... is not true") gives way to the next.
 */
function dismissivePredicate(tokens: Token[], noun: number, to: number): number {
  for (let k = noun + 1; k < to && k <= noun + PREDICATE_REACH; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === ";") return -1;
    if (!BE_FORMS.has(w)) continue;
    const adj = dismissiveAfter(tokens, k, to);
    if (adj >= 0) return adj;
  }
  return -1;
}

/** The dismissive word after the be-form at `be`, behind adverbs and quotes: "is simply false", "was not true". */
function dismissiveAfter(tokens: Token[], be: number, to: number): number {
  let negated = false;
  for (let j = be + 1; j < to && j <= be + 4; j++) {
    const w = (tokens[j] as Token).lower;
    if (NEGATIONS.has(w)) {
      if (negated) return -1;
      negated = true;
      continue;
    }
    if (negated ? TRUTHS.has(w) : ADJECTIVES.has(w)) return j;
    if (!(isAdverb(w) || w === "a" || w === "an" || w === "just" || QUOTE_MARKS.has(w))) return -1;
  }
  return -1;
}

/** "called a report suggesting ... 'outrageous'": an adjective that closes the label's clause, or -1. */
function closingAdjective(tokens: Token[], noun: number, to: number): number {
  for (let k = noun + 1; k < to && k <= noun + PREDICATE_REACH; k++) {
    const t = tokens[k] as Token;
    if (ADJECTIVES.has(t.lower)) {
      let next = k + 1;
      while (next < to && QUOTE_MARKS.has((tokens[next] as Token).lower)) next++;
      const after = tokens[next];
      if (next >= to || !after || after.punct || after.lower === "and" || after.lower === "because") return k;
    }
    if (t.lower === ";" || (t.punct && !QUOTE_MARKS.has(t.lower) && t.lower !== ",")) return -1;
  }
  return -1;
}

function deny(
  doc: Doc,
  tokens: Token[],
  speaker: string,
  phraseStart: number,
  noun: number,
  adj: number,
  start: number,
  answered: AnsweredTest,
): void {
  const nounTok = tokens[noun] as Token;
  const adjTok = tokens[adj] as Token;
  // an outlet or fact-checker calling a story false corrects it: it has no side to deny for
  if (actorKind(doc, speaker) === "media") return;
  if (!aboutSpeaker(doc, tokens, speaker, phraseStart, noun, adj) && !answered(speaker, nounTok.start)) return;
  const denied: Span = { start: (tokens[phraseStart] as Token).start, end: adjTok.end };
  // the adjective told no conduct of the outlet: the accusation read from it goes
  doc.accusations = doc.accusations.filter(
    (a) => !(sameSide(doc, a.accuser, speaker) && a.evidence.start <= adjTok.start && adjTok.end <= a.evidence.end),
  );
  addDenial(doc, speaker, denied, { start: Math.min(start, denied.start), end: adjTok.end });
}

/**
 * The report is another's ("the AP report", "a report by the Times"), or its
 * clause names the speaker's side or tells an accusation: it is about
 * someone, not an event the speaker merely corrects ("reports of a second
 * gunman were false").
 */
function aboutSpeaker(
  doc: Doc,
  tokens: Token[],
  speaker: string,
  phraseStart: number,
  noun: number,
  adj: number,
): boolean {
  const nounTok = tokens[noun] as Token;
  if (ALLEGATIONS.has(nounTok.lower)) return true;
  const owner = mentionsIn(doc, (tokens[phraseStart] as Token).start, nounTok.start).some(
    (m) => !closelyTied(doc, m.actor, speaker),
  );
  if (owner) return true;
  const link = tokens[noun + 1];
  if (link && OWNER_LINKS.has(link.lower)) {
    const by = mentionsIn(doc, link.end, (tokens[Math.min(noun + 5, adj)] as Token).end)[0];
    if (by && !closelyTied(doc, by.actor, speaker)) return true;
  }
  const clause = { start: nounTok.end, end: (tokens[adj] as Token).start };
  // "reports that the campaign paid ...": one the speaker speaks for, not any compatriot
  if (mentionsIn(doc, clause.start, clause.end).some((m) => ownSide(doc, m.actor, speaker))) return true;
  return doc.accusations.some(
    (a) => a.accuser !== speaker && a.evidence.start >= clause.start && a.evidence.start < clause.end,
  );
}

/** One the speaker speaks for, or a body named after the speaker or its principal ("the Clinton Foundation"). */
function ownSide(doc: Doc, actor: string, speaker: string): boolean {
  if (closelyTied(doc, actor, speaker)) return true;
  const a = doc.actors.find((x) => x.id === actor);
  const s = doc.actors.find((x) => x.id === speaker);
  const principal = s?.affiliation ? doc.actors.find((x) => x.id === s.affiliation) : undefined;
  return !!a && a.kind !== "person" && [s, principal].some((p) => !!p && namedAfter(a.name, p.kind, p.name));
}

/** "the Clinton Foundation", "Trump University": a body's name holding a person's surname as a word. */
function namedAfter(body: string, kind: string, person: string): boolean {
  if (kind !== "person") return false;
  const surname = person.split(/\s+/).at(-1);
  return !!surname && surname.length > 2 && body.split(/\s+/).includes(surname);
}
