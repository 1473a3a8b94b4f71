import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import {
  type ActorMention,
  afterPreposition,
  closelyTied,
  mentionsIn,
  sameSide,
  subjectBefore,
} from "./actor-roles.js";
import { allegationEnd } from "./clause-bounds.js";
import { ANAPHORIC, isPassive, negatedBefore } from "./clause-words.js";
import { CueSet, compilePattern, wordCues } from "./cue-patterns.js";
import { possessiveAt } from "./possessive.js";
import { latestActorOutside } from "./responses-dyadic.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";

// "The governor sharply criticized the House's decision", "Beijing slammed
// the move": criticising an actor's act is an accusation against whoever did
// it, the possessor or, for a bare "the move", the actor of the act the story
// told in the sentence or two before (found by the response stage). "..., despite
// criticism from X and Y": each critic accuses the clause's subject.

const verbs = new CueSet<true>([compilePattern(cues.criticismVerbs, true)]);
const nouns = new CueSet<true>(cues.criticismNouns.map((p) => compilePattern(p, true)));
const attacks = new CueSet<true>(cues.attackCriticism.map((p) => compilePattern(p, true)));
const owned = wordCues(cues.ownedCriticism.openers);
const OWNED_NOUNS = new Set(cues.ownedCriticism.nouns);
const ACTS = new Set(cues.criticisedActs);
const UNTOLD = new Set(cues.criticisedActsUntold);

export function accusationsOfDecisions(doc: Doc): void {
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of verbs.matchAll(tokens, from, to)) {
      if (isPassive(tokens, m.first, from) || negatedBefore(tokens, m.first, from)) continue;
      criticisedAct(doc, tokens, sentence, s, m.first, m.last, to);
    }
    for (const m of nouns.matchAll(tokens, from, to)) criticismFrom(doc, tokens, sentence, from, to, m.first, m.last);
    // "faced attacks from Bush": words only between persons
    for (const m of attacks.matchAll(tokens, from, to))
      criticismFrom(doc, tokens, sentence, from, to, m.first, m.last, PERSONS);
    for (const m of owned.matchAll(tokens, from, to)) ownedCriticism(doc, tokens, sentence, from, to, m.first);
  });
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

function criticisedAct(doc: Doc, tokens: Token[], sentence: Span, s: number, first: number, last: number, to: number) {
  // the act's noun within five words: "the move", "the House's decision", "Trump's emergency proclamation"
  let noun = -1;
  for (let k = last + 1; k < to && k <= last + 5; k++) {
    const t = tokens[k] as Token;
    if (t.punct && t.lower !== "'s" && t.lower !== "’s" && t.lower !== "'" && t.lower !== "’") break;
    if (ACTS.has(t.lower)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return;
  const head = tokens[first] as Token;
  const nounTok = tokens[noun] as Token;
  const subject = subjectBefore(doc, sentence.start, head.start);
  if (!subject) return;
  const possessor = mentionsIn(doc, head.end, nounTok.start).find((x) => possessiveAt(doc.text, x.end));
  let accused: string | null = possessor?.actor ?? null;
  if (!accused) {
    if (mentionsIn(doc, head.end, nounTok.start).length > 0) return;
    const det = tokens[last + 1] as Token;
    if (noun !== last + 2 || !ANAPHORIC.has(det.lower) || !UNTOLD.has(nounTok.lower)) return;
    accused = latestActorOutside(doc, s, head.start, subject.actor);
  }
  // domestic criticism counts ("the Justice Department criticized the House's decision"): only the same actor or its own body is excluded
  if (!accused || closelyTied(doc, accused, subject.actor)) return;
  const start = head.start - subject.end < 60 ? Math.min(subject.start, head.start) : head.start;
  addAccusation(doc, tokens, {
    accuser: subject.actor,
    accused: [accused],
    allegation: { start: head.end, end: nounTok.end },
    evidence: { start, end: nounTok.end },
  });
}

function criticismFrom(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  first: number,
  last: number,
  kinds?: Set<string>,
) {
  const head = tokens[first] as Token;
  const lastTok = tokens[last] as Token;
  // the critics: names after "from"/"by" up to the clause's end
  let stop = clauseStop(tokens, last + 1, to);
  // "attacks from the leading Republican candidate, Donald J. Trump": a name set after the critic's description
  if (
    mentionsIn(doc, lastTok.end, (tokens[stop - 1] as Token).end).length === 0 &&
    tokens[stop]?.lower === "," &&
    mentionsIn(doc, (tokens[stop] as Token).end, sentence.end)[0]?.start === tokens[stop + 1]?.start
  )
    stop = clauseStop(tokens, stop + 1, to);
  const end = (tokens[stop - 1] as Token).end;
  const critics = mentionsIn(doc, lastTok.end, end);
  if (critics.length === 0) return;
  const near = subjectBefore(doc, sentence.start, head.start);
  // "Rubio drew criticism from X", "he will face criticism from X": the receiving verb's subject stands
  // right before it; "despite/amid criticism from X" attaches to a whole clause, whose subject may be far
  if (!CLAUSE_OPENERS.has(head.lower) && !(near && closeSubject(doc, tokens, sentence, near, first))) return;
  const subject = near?.actor ?? mainSubject(doc, tokens, sentence, from, first);
  if (!subject || (kinds && !kinds.has(actorKind(doc, subject) ?? ""))) return;
  const seen = new Set<string>();
  for (const c of critics) {
    if (seen.has(c.actor) || sameSide(doc, c.actor, subject)) continue;
    if (kinds && !kinds.has(actorKind(doc, c.actor) ?? "")) continue;
    seen.add(c.actor);
    addAccusation(doc, tokens, {
      accuser: c.actor,
      accused: [subject],
      allegation: null,
      evidence: { start: head.start, end },
    });
  }
}

/** The first punctuation (not a possessive) from `i` on: where the critics' names end. */
function clauseStop(tokens: Token[], i: number, to: number): number {
  let stop = i;
  while (stop < to && !((tokens[stop] as Token).punct && (tokens[stop] as Token).lower !== "'s")) stop++;
  return stop;
}

const CLAUSE_OPENERS = new Set(cues.criticismClauseOpeners);
const PERSONS = new Set(["person"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);
// how many words (auxiliaries, adverbs) may stand between the subject and the receiving verb: "has already faced"
const SUBJECT_GAP = 4;

/** The subject named (or a pronoun standing for it) within a few words before the verb at `verb`. */
function closeSubject(doc: Doc, tokens: Token[], sentence: Span, near: ActorMention, verb: number): boolean {
  // "confidence in his staff and dismissed criticism": a possessive pronoun is no subject
  if (POSSESSIVE_PRONOUNS.has(doc.text.slice(near.start, near.end).toLowerCase())) return false;
  // "the claim that troops are needed in Poland drew rebukes": a name completing a prepositional phrase is none
  if (near.start >= sentence.start)
    return verb - tokenIndexAt(tokens, near.end) <= SUBJECT_GAP && !afterPreposition(doc, near, sentence.start);
  for (let k = verb - 1; k >= 0 && k >= verb - SUBJECT_GAP; k--)
    if (SUBJECT_PRONOUNS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** "Mugabe won, despite Tsvangirai's allegations of widespread fraud": the possessor accuses the clause's subject. */
function ownedCriticism(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, opener: number) {
  const head = tokens[opener] as Token;
  const critic = mentionsIn(doc, head.end, sentence.end)[0];
  if (!critic || doc.text.slice(head.end, critic.start).trim().replace(/^the$/i, "") !== "") return;
  if (!possessiveAt(doc.text, critic.end)) return;
  // the first word after the mark ("'s" is a token of its own; a bare "’" is no token)
  const first = tokenIndexAt(tokens, critic.end + (/s/iu.test(doc.text.charAt(critic.end + 1)) ? 2 : 1));
  let noun = first;
  while (noun < to && noun <= first + 2 && !OWNED_NOUNS.has((tokens[noun] as Token).lower)) noun++;
  if (noun >= to || !OWNED_NOUNS.has((tokens[noun] as Token).lower)) return;
  const subject =
    subjectBefore(doc, sentence.start, head.start)?.actor ?? mainSubject(doc, tokens, sentence, from, opener);
  if (!subject || closelyTied(doc, subject, critic.actor)) return;
  const nounTok = tokens[noun] as Token;
  addAccusation(doc, tokens, {
    accuser: critic.actor,
    accused: [subject],
    allegation: { start: nounTok.start, end: allegationEnd(tokens, noun, to) },
    evidence: { start: head.start, end: allegationEnd(tokens, noun, to) },
  });
}
