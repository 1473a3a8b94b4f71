import lexicon from "../../data/denial-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { firstWrong } from "./accusation-lexicon.js";
import { type ActorMention, afterPreposition, closelyTied, mentionsIn, subjectBefore } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { appositiveHead } from "./appositive-head.js";
import { allegationEnd } from "./clause-bounds.js";
import { BE_FORMS, isAdverb, isPassive, negatedBefore } from "./clause-words.js";
import { concessiveDenied } from "./concessive-denial.js";
import { type CueMatch, CueSet, compilePattern, dropOverlaps } from "./cue-patterns.js";
import { passivelyAccused } from "./passive-accused.js";
import { quotedThirdPerson } from "./quoted-third-person.js";
import { secondActStart } from "./second-act.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

const objects = lexicon.objects.join("|");
/**
 * How a cue denies: on its own; only with an antecedent accusation
 * ("relative"); or, rejecting an idea or suggestion, only when that carries an
 * allegation ("proposal"), since rejecting a proposal is a response; or,
 * belittling, only when what it belittles is an allegation ("minimizing":
 * "played down the reports", not "played down the virus"); or against a
 * named object ("object"), which, when the object may say anything ("a
 * claim", "that view"), must say it of the denier's side.
 */
type CueKind = "own" | "object" | "relative" | "proposal" | "minimizing";
const cues = new CueSet<CueKind>([
  ...lexicon.cues.map((c) => compilePattern<CueKind>(c, "own")),
  ...lexicon.objectCues.map((c) => compilePattern<CueKind>(c.replace("OBJECT", objects), "object")),
  ...lexicon.objectCues.map((c) =>
    compilePattern<CueKind>(c.replace("OBJECT", lexicon.proposalObjects.join("|")), "proposal"),
  ),
  ...lexicon.relativeCues.map((c) => compilePattern<CueKind>(c, "relative")),
  ...lexicon.minimizingCues.map((c) => compilePattern<CueKind>(c, "minimizing")),
]);
const negators = new Set(lexicon.negators);
const DENIED_OPENERS = new Set(lexicon.deniedThings);
const DENY = new Set(["deny", "denies", "denied", "denying"]);
/** "denied funding": what one grants or withholds is refused, not denied. */
const GRANTED = new Set<string>(lexicon.grantedThings);
const stems = (list: string[]): string[] => list.flatMap((o) => o.split("|")).map((o) => o.replace(/\*$/, ""));
const NOUNS = new Set(stems([...lexicon.objects, ...lexicon.proposalObjects]));
const PROPOSALS = new Set(stems(lexicon.proposalObjects));
/** How many words after "played down" its belittled allegation may end ("the intelligence community's views"). */
const MINIMIZED_REACH = 5;
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my"]);
const DETERMINERS = new Set(["the", "these", "those", "any", "all", "such", "a", "an"]);
/** "denies the two blasts are related": a finite verb opening the clause that is denied. */
const FINITE = new Set(["is", "are", "was", "were", "had", "has", "have", "would", "will", "could"]);
const RELATIVES = new Set(["who", "which", "whom", "whose", "that"]);

/**
 * Finds denials: deny / refute / play down / reject an accusation / call it
 * baseless. The denier is the subject; in "a charge Moscow vehemently denies"
 * it is the subject of the relative clause and the denied thing is the noun
 * before it. respondsTo is filled by the link stage.
 */
export function findDenials(doc: Doc): void {
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    const matches = dropOverlaps(cues.matchAll(tokens, from, to), (m) => m.first);
    for (const m of matches) {
      const head = tokens[m.first] as Token;
      const last = tokens[m.last] as Token;
      if (negatedBefore(tokens, m.first, from, negators)) continue;
      if (isPassive(tokens, m.first, from)) {
        passiveDenial(doc, tokens, m.first, from, to);
        continue;
      }
      const named = denierBefore(doc, tokens, sentence.start, m.first, from);
      // '"He's always denied it," Trump said': the pronoun stands for the person named last before it
      const subject =
        named && quotedOther(doc, named, head.start)
          ? DENY.has(head.lower)
            ? quotedThirdPerson(doc, named)
            : null
          : named;
      if (!subject) continue;
      if (!ownerFits(doc, tokens, m.first, m.last, subject.actor)) continue;
      const rel = antecedent(tokens, subject, from, objectless(tokens, m.last, to));
      // "an accusation Moscow rejected", "..., which he disputed": rejecting alone may be a response
      if (m.pattern.value === "proposal" && !carriesAllegation(doc, tokens, m.last, to, subject.actor)) continue;
      if (m.pattern.value === "minimizing" && !belittlesAllegation(tokens, m.last, to)) continue;
      // "contested that view" of the economy, "rebut claim of progress": a claim of no one's wrong
      // "defended himself against claims": a reflexive says whom they are about
      if (
        m.pattern.value === "object" &&
        !reflexive(tokens, m.first, m.last) &&
        !aboutDenierSide(doc, tokens, m.last, to, subject.actor)
      )
        continue;
      // "although Israel disputes this": what the main clause told is disputed (concessive-denial.ts)
      const conceded =
        m.pattern.value === "relative" && !rel ? concessiveDenied(tokens, subject, m.first, m.last, from, to) : null;
      if (
        m.pattern.value === "relative" &&
        !rel &&
        !conceded &&
        !(relativeWhich(tokens, m.first, from) && accusedBefore(doc, sentence.start, head.start))
      )
        continue;
      // ", which he has denied and ...": the relative pronoun stands for what is denied
      const which = relativeWhichAt(tokens, m.first, from);
      if (DENY.has(head.lower) && !rel && !which && !deniesSomething(tokens, m.last, to)) continue;
      const denied =
        rel ??
        conceded ??
        (which
          ? relativeSpan(tokens, which, from)
          : deniedAfter(tokens, m.last, secondActStart(tokens, doc.text, m.last + 1, to), last));
      const start = subject.start < head.start && head.start - subject.end < 80 ? subject.start : head.start;
      // the antecedent noun opens the evidence; what ", which" stands for stays outside it
      const evidence = { start: Math.min(start, rel && rel.end <= start ? rel.start : start), end: last.end };
      if (denied && denied.start >= last.end) evidence.end = Math.min(denied.end, last.end + 60);
      if (which && which.start < evidence.start) evidence.start = which.start;
      addDenial(doc, subject.actor, denied, evidence);
    }
  });
}

const THIRD_PERSONS = new Set(["he", "she", "they", "he's", "she's", "they're"]);

/**
 * '"He's always denied it," Trump said' of Putin: in a quote a third-person
 * pronoun is never its speaker, so a pronoun subject that was resolved to the
 * quote's own speaker stands for someone else (see quoted-third-person.ts).
 */
function quotedOther(doc: Doc, subject: ActorMention, pos: number): boolean {
  const word = doc.text.slice(subject.start, subject.end).toLowerCase();
  if (!THIRD_PERSONS.has(word)) return false;
  return doc.claims.some(
    (c) => c.kind === "direct" && c.speaker === subject.actor && c.content.start <= pos && pos < c.content.end,
  );
}

const PERSON_POSSESSIVES = new Set(["his", "her"]);
const BODY_POSSESSIVES = new Set(["its"]);

/**
 * "defend her decision": the possessive of a defending cue says whose conduct is
 * defended, so it must fit the denier ("The investigation undercut Clinton's
 * statements to defend her decision" is no denial of the FBI's).
 */
function ownerFits(doc: Doc, tokens: Token[], first: number, last: number, denier: string): boolean {
  const person = actorKind(doc, denier) === "person";
  for (let k = first + 1; k <= last; k++) {
    const w = (tokens[k] as Token).lower;
    if (PERSON_POSSESSIVES.has(w)) return person;
    if (BODY_POSSESSIVES.has(w)) return !person;
  }
  return true;
}

const THAT = new Set(["that"]);
/** What lies between an owner's name and its noun: "Okafor's suggestion", "Okafor's earlier suggestion". */
const OWNED = /^['’]s?(?:\s+[\p{L}-]+)?\s+$/u;

/**
 * "rejected the suggestion that he had lied", "dismissed Okafor's idea" after
 * Okafor accused the denier: the idea or suggestion at `noun` carries an
 * allegation when a "that" clause right after it tells a wrong, or tells of
 * the denier's side when that side was accused before, or when its owner
 * accused the denier's side before. "Rejected the idea as unworkable",
 * "rejected the suggestion that talks resume" are responses.
 */
function carriesAllegation(doc: Doc, tokens: Token[], noun: number, to: number, denier: string): boolean {
  const nounTok = tokens[noun] as Token;
  if (THAT.has(tokens[noun + 1]?.lower ?? "") && noun + 2 < to) {
    let end = noun + 2;
    while (end < to && (tokens[end] as Token).lower !== ";") end++;
    if (firstWrong(tokens, noun + 2, end, doc)) return true;
    const clause = mentionsIn(doc, (tokens[noun + 2] as Token).start, (tokens[end - 1] as Token).end);
    if (clause.some((x) => closelyTied(doc, x.actor, denier)) && accusedSide(doc, denier, nounTok.start)) return true;
    if (toldOfDenier(doc, tokens, noun + 2, end, denier)) return true;
    if (definiteToldClause(doc, tokens, noun + 2, end, denier)) return true;
  }
  const from = nounOwner(doc, tokens, noun, to);
  return (
    !!from &&
    doc.accusations.some(
      (a) =>
        a.evidence.start < nounTok.start &&
        closelyTied(doc, a.accuser, from.actor) &&
        a.accused.some((x) => closelyTied(doc, x, denier)),
    )
  );
}

const NEUTRAL = new Set(stems(lexicon.neutralObjects));
/** Words after a neutral object that open what it is about: "claims about his health", "the view that he lied". */
const ABOUT = new Set(lexicon.aboutWords);
/** How many words after the object's opener may name the denier's side ("claims about his mental acuity"). */
const ABOUT_REACH = 4;

/**
 * "disputed the report", "pushed back on those claims": an object that may
 * tell anything ('neutralObjects') is an allegation against the denier only
 * when the denier's side was accused before, or the words after it name that
 * side ("claims about his health", "the story that we failed"), or it carries
 * an allegation as a proposal object does. "Russia's central bank contested
 * that view" of the economy denies nothing.
 */
function aboutDenierSide(doc: Doc, tokens: Token[], noun: number, to: number, denier: string): boolean {
  const nounTok = tokens[noun] as Token;
  if (!NEUTRAL.has(nounTok.lower) && !NEUTRAL.has(nounTok.lower.replace(/s$/, ""))) return true;
  if (accusedSide(doc, denier, nounTok.start) || passivelyAccused(doc, denier, nounTok.start)) return true;
  // "Clinton's claim", "claims by intelligence agencies": another side's words, answered
  const owner = nounOwner(doc, tokens, noun, to);
  if (owner && !closelyTied(doc, owner.actor, denier)) return true;
  if (carriesAllegation(doc, tokens, noun, to, denier)) return true;
  if (!ABOUT.has(tokens[noun + 1]?.lower ?? "")) return false;
  let end = noun + 2;
  while (end < to && end <= noun + 1 + ABOUT_REACH && !(tokens[end] as Token).punct) end++;
  if (end <= noun + 2) return false;
  const span = { start: (tokens[noun + 2] as Token).start, end: (tokens[end - 1] as Token).end };
  if (mentionsIn(doc, span.start, span.end).some((x) => closelyTied(doc, x.actor, denier))) return true;
  const kind = actorKind(doc, denier);
  return tokens.slice(noun + 2, end).some((t) => (kind === "person" ? PERSON_OWNERS : BODY_OWNERS).has(t.lower));
}
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself", "myself", "ourselves"]);

function reflexive(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (REFLEXIVES.has((tokens[k] as Token).lower)) return true;
  return false;
}
const PERSON_OWNERS = new Set(["his", "her", "he", "she", "him"]);
const BODY_OWNERS = new Set(["its", "their", "it", "they", "them", "our", "we", "us"]);

/** The owner of the noun at `noun`, named before it ("Okafor's suggestion") or after it ("the suggestion by Okafor"). */
function nounOwner(doc: Doc, tokens: Token[], noun: number, to: number): ActorMention | undefined {
  const nounTok = tokens[noun] as Token;
  const sentence = doc.sentences[nounTok.sentence];
  const before = sentence ? mentionsIn(doc, Math.max(sentence.start, nounTok.start - 60), nounTok.start) : [];
  const owner = before.find((x) => OWNED.test(doc.text.slice(x.end, nounTok.start)));
  const byTok = tokens[noun + 1];
  const agent =
    byTok && (byTok.lower === "by" || byTok.lower === "from") && noun + 2 < to
      ? mentionsIn(doc, byTok.end, byTok.end + 60)[0]
      : undefined;
  return owner ?? agent;
}

const TOLD_VERBS = new Set(lexicon.toldVerbs);
const PERSON_PRONOUNS = new Set(["he", "she"]);
const BODY_PRONOUNS = new Set(["it", "they"]);

/**
 * "rejected the notion that he was part of the establishment": the clause
 * tells, as a fact, something of the denier itself (its subject is the denier,
 * its verb a be-form, have-form, do-form or past tense), so it is a claim
 * about the denier, not a proposal ("rejected the suggestion that he resign",
 * "... that he should quit" are refusals).
 */
function toldOfDenier(doc: Doc, tokens: Token[], first: number, end: number, denier: string): boolean {
  const subject = tokens[first];
  if (!subject || first >= end) return false;
  let verb = first + 1;
  if (PERSON_PRONOUNS.has(subject.lower) || BODY_PRONOUNS.has(subject.lower)) {
    const person = actorKind(doc, denier) === "person";
    if (person !== PERSON_PRONOUNS.has(subject.lower)) return false;
  } else {
    const m = mentionsIn(doc, subject.start, (tokens[end - 1] as Token).end)[0];
    if (!m || m.start !== subject.start || !closelyTied(doc, m.actor, denier)) return false;
    while (verb < end && (tokens[verb] as Token).start < m.end) verb++;
  }
  while (verb < end && isAdverb((tokens[verb] as Token).lower)) verb++;
  const w = tokens[verb]?.lower ?? "";
  return verb < end && toldVerb(w);
}

/** A verb that tells a fact: a listed one, or a regular past form. */
function toldVerb(w: string): boolean {
  return TOLD_VERBS.has(w) || (w.endsWith("ed") && w.length > 4);
}

const TOLD_OPENERS = new Set(lexicon.toldSubjectOpeners);
const MODALS = new Set(["will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll", "'d"]);

/**
 * "rejected the idea that the changes amounted to a shake-up": a clause whose
 * subject is a definite noun phrase and whose verb tells a fact (not a modal)
 * is a claim the denier rejects, as when it is told of the denier itself.
 */
function definiteToldClause(doc: Doc, tokens: Token[], first: number, end: number, denier: string): boolean {
  const opener = tokens[first];
  if (!opener || !TOLD_OPENERS.has(opener.lower)) return false;
  const last = Math.min(end, first + 1 + lexicon.toldSubjectReach);
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.punct || MODALS.has(t.lower)) return false;
    if (k === first + 1 || !toldVerb(t.lower)) continue;
    // "the rival campaign had lied": a subject naming another side tells of that side, not the denier's
    return mentionsIn(doc, opener.start, t.start).every((x) => closelyTied(doc, x.actor, denier));
  }
  return false;
}

/** Another side accused the denier's side before `before`. */
function accusedSide(doc: Doc, denier: string, before: number): boolean {
  return doc.accusations.some(
    (a) =>
      a.evidence.start < before &&
      !closelyTied(doc, a.accuser, denier) &&
      a.accused.some((x) => closelyTied(doc, x, denier)),
  );
}

/** "denied any effort", "denied the accusation", "denied that ...", "denied having", or "Iran denied." */
function deniesSomething(tokens: Token[], last: number, to: number): boolean {
  const next = tokens[last + 1];
  if (!next || last + 1 >= to || next.punct) return true;
  if (GRANTED.has(next.lower)) return false;
  // "deny them help": an indirect object and a thing withheld is a refusal
  if (
    next.lower === "them" &&
    last + 2 < to &&
    !(tokens[last + 2] as Token).punct &&
    !CLAUSE_GOERS.has((tokens[last + 2] as Token).lower)
  )
    return false;
  if (next.lower.endsWith("ing") || (DENIED_OPENERS.has(next.lower) && next.lower !== "the")) return true;
  // "the accusation", "the fraud claims", "his involvement": a determiner and an accusing noun within three words
  if (DETERMINERS.has(next.lower) || POSSESSIVES.has(next.lower)) {
    for (let k = last + 2; k < to && k <= last + 4; k++) {
      const t = tokens[k] as Token;
      if (t.punct || GRANTED.has(t.lower)) break;
      if (accusingNoun(t.lower)) return true;
    }
  }
  return clauseAfter(tokens, last, to);
}

/** Words that may follow "denied them" when "them" is what is denied: "denied them and", "denied them in a statement". */
const CLAUSE_GOERS = new Set([
  "and",
  "or",
  "but",
  "in",
  "on",
  "at",
  "as",
  "through",
  "during",
  "again",
  "repeatedly",
  "outright",
  "vehemently",
  "strongly",
  "publicly",
  "flatly",
]);

/**
 * "played down the reports", "downplayed his involvement", "played down or
 * outright rejected the views": an allegation, not an idea, within a few words
 * after the cue, or another denial cue coordinated with it.
 */
function belittlesAllegation(tokens: Token[], last: number, to: number): boolean {
  if (coordinatedCue(tokens, last, to)) return true;
  for (let k = last + 1; k < to && k <= last + MINIMIZED_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (accusingNoun(t.lower) && !PROPOSALS.has(t.lower) && !PROPOSALS.has(t.lower.replace(/s$/, ""))) return true;
  }
  return false;
}

function accusingNoun(word: string): boolean {
  return NOUNS.has(word) || NOUNS.has(word.replace(/s$/, "")) || (DENIED_OPENERS.has(word) && word.length > 4);
}

/**
 * "denies the two blasts are related": a clause without "that", its finite
 * verb within a few words and no punctuation, relative pronoun or granted
 * thing before it ("denied visas to those who were ..." is a refusal).
 */
function clauseAfter(tokens: Token[], last: number, to: number): boolean {
  for (let k = last + 2; k < to && k <= last + 6; k++) {
    const t = tokens[k] as Token;
    if (t.punct || RELATIVES.has(t.lower) || GRANTED.has(t.lower)) return false;
    if (FINITE.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The charge was denied by her lawyer", "an allegation rejected by the
 * ministry": in the passive the denier is the by-agent and what is denied the
 * subject, which must be an accusing noun ("the request was denied by the
 * court" is a refusal).
 */
function passiveDenial(doc: Doc, tokens: Token[], cue: number, from: number, to: number): void {
  let by = cue + 1;
  while (by < to && by <= cue + 2 && tokens[by]?.lower !== "by") by++;
  const byTok = tokens[by];
  if (!byTok || byTok.lower !== "by" || by >= to) return;
  const agent = mentionsIn(doc, byTok.end, (tokens[to - 1] as Token).end)[0];
  if (!agent || doc.text.slice(byTok.end, agent.start).trim().split(/\s+/).filter(Boolean).length > 1) return;
  // back over the be-form and adverbs to the subject's head noun
  let k = cue - 1;
  while (k >= from && (BE_FORMS.has((tokens[k] as Token).lower) || (tokens[k] as Token).lower.endsWith("ly"))) k--;
  // "the accusation, rejected by the ministry": a participle set off by a comma
  if (k === cue - 1 && tokens[k]?.lower === ",") k--;
  const noun = tokens[k];
  if (!noun || k < from || !accusingNoun(noun.lower)) return;
  const det = tokens[k - 1];
  const start = det && k - 1 >= from && DETERMINERS.has(det.lower) ? det.start : noun.start;
  addDenial(doc, agent.actor, { start, end: noun.end }, { start, end: agent.end });
}

/** The antecedent of ", which he denied": up to four words before the comma. */
function relativeSpan(tokens: Token[], which: Token, from: number): Span | null {
  const k = tokens.indexOf(which, from) - 2;
  const end = tokens[k];
  if (!end || k < from || end.punct) return null;
  let s = k;
  while (s > from && s > k - 3 && !(tokens[s - 1] as Token).punct) s--;
  return { start: (tokens[s] as Token).start, end: end.end };
}

/**
 * "a charge Moscow vehemently denies": the noun just before the denier's name;
 * behind "that" only when the verb takes no object after it ("a claim that
 * his office disputes", not "claims that Moscow rejected a deal").
 */
function antecedent(tokens: Token[], subject: ActorMention, from: number, objectless: boolean): Span | null {
  // the first token from `from` on that ends past the subject's start, by halving (tokens run in
  // text order): a walk from the sentence's start for every cue was quadratic in the sentence
  let k = from;
  let hi = tokens.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if ((tokens[mid] as Token).end <= subject.start) k = mid + 1;
    else hi = mid;
  }
  if (objectless && k - 2 >= from && tokens[k - 1]?.lower === "that") k--;
  const before = tokens[k - 1];
  const det = tokens[k - 2];
  if (!before || k - 1 < from || !(NOUNS.has(before.lower.replace(/s$/, "")) || NOUNS.has(before.lower))) return null;
  const start = det && /^(a|an|the|this|that)$/.test(det.lower) ? det.start : before.start;
  return { start, end: before.end };
}

/** The cue ending at `last` ends its clause: nothing but punctuation follows it in the sentence. */
function objectless(tokens: Token[], last: number, to: number): boolean {
  return last + 1 >= to || (tokens[last + 1] as Token).punct;
}

/** ", which he disputed": "which" after a comma, then the subject (a word or a short name), then the verb. */
function relativeWhich(tokens: Token[], cue: number, from: number): boolean {
  return relativeWhichAt(tokens, cue, from) !== null;
}

/** The "which" of ", which he denied" opening the relative clause of the cue at token `cue`, or null. */
function relativeWhichAt(tokens: Token[], cue: number, from: number): Token | null {
  const k = cue;
  for (let w = k - 2; w >= from && w >= k - 4; w--) {
    if (tokens[w]?.lower === "which") return tokens[w - 1]?.lower === "," ? (tokens[w] as Token) : null;
  }
  return null;
}

/** An accusation told earlier in the sentence: what the relative clause refers back to. */
function accusedBefore(doc: Doc, start: number, pos: number): boolean {
  return doc.accusations.some((a) => a.evidence.start >= start && a.evidence.start < pos);
}

/** "played down or outright rejected": a denial cue joined to the one ending at `last` by "or" or "and". */
function coordinatedCue(tokens: Token[], last: number, to: number): CueMatch<CueKind> | undefined {
  if (tokens[last + 1]?.lower !== "or" && tokens[last + 1]?.lower !== "and") return undefined;
  return cues.firstMatch(tokens, last + 2, to, undefined, last + 5);
}

function deniedAfter(tokens: Token[], last: number, to: number, lastTok: Token): Span | null {
  // "played down or outright rejected the views": what is denied follows the last verb
  const more = coordinatedCue(tokens, last, to);
  const object = more && tokens[more.first + 1];
  if (object) return { start: object.start, end: allegationEnd(tokens, more.first + 1, to) };
  const next = tokens[last + 1];
  if (!next || last + 1 >= to) return null;
  const end = allegationEnd(tokens, last + 1, to);
  return end > lastTok.end ? { start: next.start, end } : null;
}

/**
 * The denier: the subject before the cue; for a verb coordinated with the
 * clause's first ("X refused to disavow Y and defended his policies") the
 * subject of that first verb, not the object between; a name inside a phrase
 * ("Trump, also on Twitter, defended") gives way to the one before it.
 */
const COORDINATORS = new Set(["and", "but"]);

function denierBefore(
  doc: Doc,
  tokens: Token[],
  sentenceStart: number,
  cue: number,
  from: number,
): ActorMention | null {
  const head = tokens[cue] as Token;
  let subject = subjectBefore(doc, sentenceStart, head.start);
  for (let guard = 0; subject && guard < 2; guard++) {
    const coordinated = COORDINATORS.has(tokens[cue - 1]?.lower ?? "") && subject.start > (tokens[from] as Token).start;
    if (!coordinated && !afterPreposition(doc, subject, sentenceStart)) break;
    const earlier = subjectBefore(doc, sentenceStart, subject.start);
    if (!earlier) break;
    subject = earlier;
  }
  // "Trump and his attorneys denied": a coordinated subject's first conjunct denies, not the possessor's pronoun guess
  if (subject) {
    const first = subjectBefore(doc, sentenceStart, subject.start);
    if (first && /^\s+and\s+$/.test(doc.text.slice(first.end, subject.start))) return first;
    // "Lavrov, Russia's foreign minister, denied": the name the aside describes denies
    const described = appositiveHead(doc, subject, sentenceStart, head.start);
    if (described) return described;
  }
  return subject;
}
