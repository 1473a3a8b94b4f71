import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { coordinatedSubject, listedDoers, passiveJoinedSubject, priorActAccuser } from "./accusation-coordination.js";
import { documentAuthor, isAuthoredDocument } from "./accusation-documents.js";
import {
  accusationAdjectives,
  accusationDocuments,
  accusationNouns,
  accusationVerbs,
  deniedWrong,
  firstWrong,
  harmVictim,
  type VerbFrame,
} from "./accusation-lexicon.js";
import { allegedAccusations } from "./accusations-alleged.js";
import { complainedAccusations } from "./accusations-complained.js";
import { criticismNouns } from "./accusations-criticism-noun.js";
import { impliedAccusations } from "./accusations-implied.js";
import { labelledAccusations, labelledLists } from "./accusations-labelled.js";
import { nominalAccusations } from "./accusations-nominal.js";
import { criticsAccusations } from "./accusations-of-critics.js";
import { claimAccusations, trailingAccusations } from "./accusations-quoted.js";
import { reportedAccusations } from "./accusations-reported.js";
import { sourcedAllegations } from "./accusations-sourced.js";
import { mentionsIn, objectsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { attributiveParticiple } from "./attributive-participle.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { isPassive } from "./clause-words.js";
import type { CueMatch } from "./cue-patterns.js";
import { earlierObject } from "./earlier-object.js";
import { firstPersonBefore } from "./first-person.js";
import { frontedPhrase } from "./fronted-phrase.js";
import { objectPronounActor, possessiveDeterminer } from "./object-pronoun.js";
import { openingPhraseEnd } from "./opening-phrase.js";
import { plainObject } from "./plain-object.js";
import { commonNounAntecedent, relativeDoer } from "./relative-doer.js";
import { responseCues } from "./response-lexicon.js";
import { secondActStart } from "./second-act.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";

/**
 * Finds accusations: accuse / blame / condemn / charge ... with their roles,
 * a levelled accusation ("levied similar accusations"), reported findings
 * ("the report said Moscow tried to interfere"), and implied ones ("what they
 * describe as malign activity", "Moscow's alleged offer").
 */
export function findAccusations(doc: Doc): void {
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of accusationVerbs.matchAll(tokens, from, to)) verbAccusation(doc, tokens, sentence, from, to, m);
    for (const m of accusationNouns.matchAll(tokens, from, to)) nounAccusation(doc, tokens, sentence, m);
    reportedAccusations(doc, tokens, sentence, from, to);
    allegedAccusations(doc, tokens, sentence, from, to);
    trailingAccusations(doc, tokens, sentence, from, to);
    impliedAccusations(doc, tokens, sentence, from, to);
    labelledAccusations(doc, tokens, sentence, from, to);
    labelledLists(doc, tokens, sentence, from, to);
    sourcedAllegations(doc, tokens, sentence, from, to);
    nominalAccusations(doc, tokens, sentence, from, to);
    criticismNouns(doc, tokens, sentence, from, to);
    complainedAccusations(doc, tokens, sentence, from, to);
  });
  claimAccusations(doc, tokens, (cue, speaker) => {
    const [from] = sentenceRange(tokens, (tokens[cue] as Token | undefined)?.sentence ?? -1);
    // "According to the complaint, ...": the document after the cue speaks
    if (tokens[cue]?.lower === "according") {
      for (let k = cue + 2; k <= cue + 4 && k < tokens.length; k++)
        if (isAuthoredDocument(tokens, k)) return documentAuthor(doc, tokens, k) ?? speaker;
    }
    const writing = documentSubject(doc, tokens, from, cue);
    // the author the story names with the document outranks the claims stage's guess at a document's speaker
    return writing?.named ? writing.author : (speaker ?? writing?.author ?? null);
  });
  // after the claims' own wrongs, so a statement they already read is not told twice
  criticsAccusations(doc, tokens);
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

// "I personally blame", "we strongly condemn": the first person a few words before the cue
const FIRST_PERSON_REACH = 3;

const NEGATION = new Set(["not", "n't", "never"]);
const CLAUSE_OPENERS = new Set([",", "but", "and", "while", "by", "after", "before", "without", "...", "—"]);

function verbAccusation(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, m: CueMatch<VerbFrame>) {
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  for (let k = m.first - 1; k >= from && k >= m.first - 3; k--) if (NEGATION.has((tokens[k] as Token).lower)) return;
  // "complained about X, and railed about Y": the second act is an accusation of its own
  // "After blasting X for ..., Beck said": the phrase's comma ends the object, the subject after it accuses
  const fronted = frontedPhrase(doc, tokens, sentence, from, m.first);
  // "In her statement condemning the test, Hillary Clinton defended ...": a cue inside an opening
  // phrase ends with that phrase's comma; the main clause after it holds none of its objects
  const clauseStop = fronted
    ? Math.min(fronted.comma, clauseEnd(tokens, m.last + 1, to))
    : (openingPhraseEnd(tokens, from, m.last + 1, to) ?? clauseEnd(tokens, m.last + 1, to));
  const stop = secondActStart(tokens, doc.text, m.last + 1, clauseStop);
  // "blamed the bombing on the Houthis", "critical of Fauci": the accused follows the preposition
  const shift = shiftedTarget(doc, tokens, m, stop);
  let prep = -1;
  for (let k = m.last + 1; k < stop && k <= m.last + 14; k++) {
    if (shift && k === shift.prep) continue;
    if (m.pattern.value.preps.includes((tokens[k] as Token).lower)) {
      prep = k;
      break;
    }
  }
  if (attributiveParticiple(doc, tokens, m.first, prep >= 0 || !!shift)) return;
  // "Biden slammed Trump": no reason stated, so only an actor named as the verb's own object is accused
  const bare = m.pattern.value.needPrep && prep < 0 && !shift;
  // "His remarks were derided by Laschet": a by-agent in the passive names the critic, which a bare active object does not
  const passiveAgent = m.pattern.value.passiveAgent && isPassive(tokens, m.first, from);
  if (bare && !m.pattern.value.bareObject && !passiveAgent) return;
  const allegation =
    prep >= 0 && prep + 1 < stop
      ? allegationSpan(tokens, prep + 1, stop)
      : shift && shift.prep > m.last + 1
        ? { start: (tokens[m.last + 1] as Token).start, end: (tokens[shift.prep - 1] as Token).end }
        : null;
  if (m.pattern.value.needGround && !grounded(tokens, prep + 1, stop)) return;
  const objectLimit = prep >= 0 ? (tokens[prep] as Token).start : (tokens[stop - 1] as Token).end;

  // "X was highly critical of Y", not "a book critical of Y" (whose author the clause may not name)
  const afterBe = isPassive(tokens, m.first, from);
  if (m.pattern.value.adjective && !afterBe) return;
  // "Kyiv was hit for a third night": a verb that accuses only some kinds of actor tells a strike in the passive
  if (afterBe && m.pattern.value.objectKinds.length > 0) return;
  if (!m.pattern.value.adjective && afterBe) {
    // "X was accused of Z by Y"; "the bombing was blamed on X by Y"
    const agent = agentIn(doc, tokens, m.last + 1, stop);
    if (shift && agent && !shift.accused.includes(agent)) {
      const evidence = { start: head.start, end: (tokens[stop - 1] as Token).end };
      addAccusation(doc, tokens, { accuser: agent, accused: shift.accused, allegation, evidence, context: sentence });
      return;
    }
    // "Turkey is under EU sanctions, and was condemned by Egypt": a joined passive shares the first clause's subject
    const accused = shift
      ? null
      : (passiveJoinedSubject(doc, tokens, sentence, from, m.first) ?? subjectBefore(doc, sentence.start, head.start));
    if (!accused || !agent) return;
    // "Clinton was attacked by Sanders" is words; "journalists were attacked by protesters" is not
    if (bare && !ofKinds(doc, [agent, accused.actor], m.pattern.value.bareObjectKinds)) return;
    addAccusation(doc, tokens, {
      accuser: agent,
      // "Vance and Moss were accused of fraud by Hale": the whole subject list
      accused: listedDoers(doc, accused, sentence.start, (x) => x.actor !== agent),
      allegation,
      evidence: { start: accused.start, end: Math.max(last.end, allegation?.end ?? 0) },
    });
    return;
  }
  const participle =
    !!fronted ||
    (head.lower.endsWith("ing") && (m.first === from || CLAUSE_OPENERS.has(tokens[m.first - 1]?.lower ?? "")));
  // "appointed a diplomacy chief who had accused Obama": a relative clause's doer is the noun
  // before its pronoun, and no one when that one common noun names no actor (not the main
  // clause's subject)
  const relative = participle || fronted ? undefined : relativeDoer(doc, tokens, m.first, from);
  if (relative === null && commonNounAntecedent(doc, tokens, m.first, from)) return;
  // "praised Dalton's budget and accused Acme of ...": a joined verb shares the clause's subject
  const named = participle
    ? null
    : (relative ??
      coordinatedSubject(doc, tokens, sentence, from, m.first) ??
      subjectBefore(doc, sentence.start, head.start));
  // "The first charged Trump ..., and the second accused him": a document after the name is the subject
  const writing = participle ? null : documentSubject(doc, tokens, from, m.first);
  const subject = named && (!writing || named.end > writing.at) ? named : null;
  const document = subject ? null : writing;
  // "... but forgiving her for leaving, I'm nowhere near": inside a quote, the speaker;
  // '"I blame Baker for this," Jones said', '"We condemn Acme"': a first-person subject is the speaker too
  const quoted =
    participle || (!subject && !document && firstPersonBefore(tokens, m.first - 1, from, FIRST_PERSON_REACH))
      ? doc.claims.find((c) => c.speaker && c.content.start <= head.start && head.end <= c.content.end)
      : undefined;
  // "complained about X, and railed about Y": the first act's accuser, not a name in its object
  const prior = participle ? null : priorActAccuser(doc, tokens, sentence, m.first);
  // "The first article charged X with ...; the second accused him of ...": a document speaks for its author
  const accuser =
    fronted?.subject.actor ??
    prior ??
    subject?.actor ??
    quoted?.speaker ??
    document?.author ??
    mainSubject(doc, tokens, sentence, from, m.first);
  if (!accuser) return;
  // "condemned the attack on Navalny": the harm's victim is not accused
  const victims = mentionsIn(doc, head.end, objectLimit)
    .filter((x) => harmVictim(tokens, x.start))
    .map((x) => x.actor);
  let accused = shift
    ? shift.accused.filter((a) => a !== accuser)
    : bare
      ? bareObjects(doc, tokens, m, directObject(doc, tokens, m.last, stop, accuser))
      : prep < 0 && !m.pattern.value.needPrep && m.first === m.last
        ? plainObject(doc, tokens, m.last + 1, stop, [accuser, ...victims])
        : objectsIn(doc, head.end, objectLimit, [accuser, ...victims]);
  if (accused.length === 0 && !shift) {
    // "Whitfield accused him of lying": the pronoun stands for someone other than its own verb's subject
    const pronoun = objectPronounActor(doc, tokens, m.first, m.last + 1, accuser);
    if (pronoun) accused = bare ? bareObjects(doc, tokens, m, [pronoun]) : [pronoun];
  }
  // "called China X, accusing it of ...": the pronoun stands for the first verb's object
  if (accused.length === 0 && !shift) {
    const earlier = earlierObject(doc, tokens, sentence, m, accuser);
    accused = bare ? bareObjects(doc, tokens, m, earlier) : earlier;
  }
  if (accused.length === 0 && document && OBJECT_PRONOUNS.has(tokens[m.last + 1]?.lower ?? ""))
    accused = document.lastAccused.filter((a) => a !== accuser);
  // "hit Clinton for taking money": the verb's own object, of the frame's kinds; not "hit Kyiv for a
  // third night", nor "hit the campaign trail with Clinton for the first time"
  // "accused Becker of insulting Ford": a gerund after a preposition is a topic or an allegation, not an act told
  if (m.pattern.value.objectKinds.length > 0)
    accused = topicGerund(tokens, m.first)
      ? []
      : directObject(doc, tokens, m.last, stop, accuser).filter((id) =>
          ofKinds(doc, [id], m.pattern.value.objectKinds),
        );
  if (accused.length === 0) return;
  const start = !prior && subject && head.start - subject.end < 100 ? subject.start : head.start;
  const objectEnd = shift ? (tokens[stop - 1] as Token).end : objectLimit;
  const lastObject = Math.max(last.end, mentionsIn(doc, head.end, objectEnd).at(-1)?.end ?? 0);
  // "denounced Trump's rhetoric and said ...": the first act's words run to the second act
  const actEnd = stop < clauseStop ? (tokens[stop - 1] as Token).end : 0;
  const end = Math.min(Math.max(lastObject, allegation?.end ?? 0, actEnd), Math.max(lastObject, head.end) + 90);
  addAccusation(doc, tokens, { accuser, accused, allegation, evidence: { start, end }, context: sentence });
}

/**
 * "blamed the bombing on the Houthis", "attributed the attack to X", "critical
 * of Fauci": one of the frame's `shiftPreps` within the clause, with no actor
 * named between the cue and it (so "blamed Iran on Monday for ..." is not
 * read this way) and an actor named right after it: that actor is the accused.
 */
function shiftedTarget(
  doc: Doc,
  tokens: Token[],
  m: CueMatch<VerbFrame>,
  stop: number,
): { prep: number; accused: string[] } | null {
  const preps = m.pattern.value.shiftPreps;
  if (preps.length === 0) return null;
  // "critical of X", not "the critical path of X"
  const reach = m.pattern.value.adjective ? 1 : 12;
  for (let k = m.last + 1; k < stop && k <= m.last + reach; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    if (!preps.includes(t.lower)) continue;
    if (mentionsIn(doc, (tokens[m.last] as Token).end, t.start).length > 0) return null;
    const accused = directObject(doc, tokens, k, stop, "");
    return accused.length > 0 ? { prep: k, accused } : null;
  }
  return null;
}

/** Words that may stand between a verb and its object's name: "slammed the Trump campaign", "criticized President Trump". */
const OBJECT_LEAD = new Set(["the", "both", "fellow", "former", "then", "rival", "his", "her", "their", "its"]);

/**
 * The actor named as the verb's direct object (with those coordinated with it):
 * the first name after the verb, reached over only determiners and capitalised
 * title words, not over a preposition or a comma ("criticized the decision via
 * Twitter" names no one criticized).
 */
function directObject(doc: Doc, tokens: Token[], last: number, stop: number, accuser: string): string[] {
  const end = (tokens[stop - 1] as Token).end;
  const first = mentionsIn(doc, (tokens[last] as Token).end, end)[0];
  if (!first || first.actor === accuser) return [];
  for (let k = last + 1; k < stop && (tokens[k] as Token).end <= first.start; k++) {
    const t = tokens[k] as Token;
    if (k > last + 3 || !(OBJECT_LEAD.has(t.lower) || /^\p{Lu}/u.test(doc.text[t.start] ?? ""))) return [];
  }
  return objectsIn(doc, first.start, end, [accuser]);
}

/**
 * The bare objects of the kinds a frame allows ("attacked Biden", not "attacked
 * Ukraine"); all when it names none. A frame that names kinds reads only an
 * act told: not a gerund after a preposition ("days of attacking Obama",
 * "rather than attacking Sanders") nor a possessive's thing ("attacked his
 * rival", where the pronoun is the attacker's own).
 */
function bareObjects(doc: Doc, tokens: Token[], m: CueMatch<VerbFrame>, accused: string[]): string[] {
  const kinds = m.pattern.value.bareObjectKinds;
  if (kinds.length === 0) return accused;
  if (topicGerund(tokens, m.first)) return [];
  if (possessiveDeterminer(tokens, m.last + 1)) return [];
  return accused.filter((id) => ofKinds(doc, [id], kinds));
}

/** A gerund cue after one of GERUND_OPENERS ("days of attacking Obama", "accused X of insulting Y"). */
function topicGerund(tokens: Token[], first: number): boolean {
  return (tokens[first] as Token).lower.endsWith("ing") && GERUND_OPENERS.has(tokens[first - 1]?.lower ?? "");
}

/** Every actor is of one of `kinds` (any actor when none is listed). */
function ofKinds(doc: Doc, ids: string[], kinds: string[]): boolean {
  return kinds.length === 0 || ids.every((id) => kinds.includes(actorKind(doc, id) ?? ""));
}

/** Words before a gerund that make it a topic or a supposition, not an act: "of", "than", "for", "from" ... */
const GERUND_OPENERS = new Set(cues.gerundOpeners);

const ALLEGED = new Set(accusationAdjectives.concat(["allegedly", "suspected"]));

/** "over alleged hush money", "for suspected fraud", "for fraud": what follows is alleged, suspected or a wrong. */
function grounded(tokens: Token[], i: number, stop: number): boolean {
  if (i <= 0 || i >= stop) return false;
  if (ALLEGED.has((tokens[i] as Token).lower)) return true;
  const hit = firstWrong(tokens, i, Math.min(stop, i + 6));
  return !!hit && !deniedWrong(tokens, hit.first, i);
}

function allegationSpan(tokens: Token[], i: number, to: number): Span {
  return { start: (tokens[i] as Token).start, end: allegationEnd(tokens, i, to) };
}

/** The actor after "by" in tokens [i, stop), before any comma: "accused of Z by Y". */
function agentIn(doc: Doc, tokens: Token[], i: number, stop: number): string | null {
  for (let k = i; k < stop && k < i + 14; k++) {
    if ((tokens[k] as Token).lower === ",") return null;
    if ((tokens[k] as Token).lower !== "by") continue;
    const next = tokens[k + 1];
    if (!next) return null;
    const m = mentionsIn(doc, next.start, (tokens[stop - 1] as Token).end)[0];
    if (m && m.start - next.start < 40) return m.actor;
  }
  return null;
}

/** "The EU and the U.K. have levied similar accusations": against whom the story last said. */
function nounAccusation(doc: Doc, tokens: Token[], sentence: Span, m: CueMatch<true>) {
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  const subject = subjectBefore(doc, sentence.start, head.start);
  if (!subject) return;
  const accuser = subject.actor;
  let accused: string[] = [];
  let targetEnd = 0;
  // "unsealed further charges against him", "leveled criticism at Biden": the cue ends on "against" or "at"
  const next = TARGET_PREPS.has(last.lower) ? last : tokens[m.last + 1];
  if (next && TARGET_PREPS.has(next.lower)) {
    const pronoun = PRONOUN_KINDS.get(tokens[tokenIndexAt(tokens, next.end)]?.lower ?? "");
    accused = pronoun
      ? [pronounAntecedent(doc, head.start, accuser, pronoun)].filter((x): x is string => !!x)
      : objectsIn(doc, next.end, sentence.end, [accuser]);
    if (accused.length === 0) return;
    targetEnd = mentionsIn(doc, next.end, sentence.end).find((x) => accused.includes(x.actor))?.end ?? 0;
  }
  if (accused.length === 0) {
    const prior = [...doc.accusations].reverse().find((a) => a.accused.some((x) => !sameSide(doc, x, accuser)));
    accused = prior ? prior.accused.filter((x) => !sameSide(doc, x, accuser)) : [];
  }
  addAccusation(doc, tokens, {
    accuser,
    accused,
    allegation: { start: (tokens[m.first + 1] as Token).start, end: last.end },
    // "... criticism at Joe Biden": the evidence reaches the name the accusation is levelled at
    evidence: { start: subject.start, end: Math.max(last.end, targetEnd) },
  });
}

const TARGET_PREPS = new Set(["against", "at"]);

const PRONOUN_KINDS = new Map<string, "person" | "any">([
  ["him", "person"],
  ["her", "person"],
  ["them", "any"],
]);

/** "charges against him": the last person ("him", "her") or actor ("them") named before `pos`, not the accuser. */
function pronounAntecedent(doc: Doc, pos: number, accuser: string, kind: "person" | "any"): string | null {
  const before = mentionsIn(doc, Math.max(0, pos - 400), pos).filter(
    (x) => x.actor !== accuser && (kind === "any" || actorKind(doc, x.actor) === "person"),
  );
  return before.at(-1)?.actor ?? null;
}

const DOCUMENTS = new Set(accusationDocuments);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const LEGAL_TYPES = new Set(["legal_action", "investigate"]);

/**
 * A document opening the clause before the cue ("The first article charged",
 * "the second [article] accused"): its author is whoever the story last told
 * bringing a case or inquiry, and a pronoun object is the one the story last
 * accused or acted against.
 */
function documentSubject(
  doc: Doc,
  tokens: Token[],
  from: number,
  cue: number,
): { author: string; lastAccused: string[]; at: number; named?: boolean } | null {
  let k = asideStart(tokens, from, cue) - 1;
  const until = k - 3;
  while (k >= from && k >= until && !CLAUSE_BREAKS.has((tokens[k] as Token).lower)) {
    if (DOCUMENTS.has((tokens[k] as Token).lower) || isAuthoredDocument(tokens, k)) break;
    k--;
  }
  const t = tokens[k];
  if (!t || k < from || !(DOCUMENTS.has(t.lower) || isAuthoredDocument(tokens, k))) return null;
  // "RIAA's notice alleged", "The suit [Ohio filed] alleges": the author named with the document
  const named = documentAuthor(doc, tokens, k);
  if (named) {
    const prior = [...doc.accusations].reverse().find((a) => a.accuser === named);
    return { author: named, lastAccused: prior?.accused ?? [], at: t.start, named: true };
  }
  if (!DOCUMENTS.has(t.lower)) return null;
  const s = doc.sentences.findIndex((x) => x.start <= t.start && t.start < x.end);
  // "The House passed two articles of impeachment. The first charged ...": whoever brought the documents
  const brought = documentBringer(doc, tokens, s);
  if (brought) {
    const prior = [...doc.accusations].reverse().find((a) => a.accuser === brought.author);
    return { author: brought.author, lastAccused: prior?.accused ?? brought.accused, at: t.start };
  }
  // responses are found after accusations: look for the case's cue in the sentences just before
  for (let p = s - 1; p >= 0 && p >= s - 3; p--) {
    const [pFrom, pTo] = sentenceRange(tokens, p);
    const sentence = doc.sentences[p] as Span;
    const told = responseCues.firstMatch(tokens, pFrom, pTo, (x) => LEGAL_TYPES.has(x.pattern.value.type));
    if (!told) continue;
    const cueTok = tokens[told.first] as Token;
    const author = subjectBefore(doc, sentence.start, cueTok.start);
    if (!author) return null;
    const accused = objectsIn(doc, cueTok.end, sentence.end, [author.actor]).slice(0, 1);
    const prior = [...doc.accusations].reverse().find((a) => a.accuser === author.actor);
    return { author: author.actor, lastAccused: prior?.accused ?? accused, at: t.start };
  }
  return null;
}

const CLAUSE_BREAKS = new Set([";", ",", ":", "that", "which", "who"]);
/** Words that open an aside about a document between it and its verb: "The complaint, which was filed in May, alleged". */
const ASIDE_OPENERS = new Set([
  "which",
  "filed",
  "issued",
  "published",
  "released",
  "written",
  "submitted",
  "brought",
  "sent",
  "dated",
  "obtained",
  "seen",
]);
const ASIDE_REACH = 25;

/** Where the cue's subject ends: before an aside set off by commas ("The complaint, which ..., alleged"), else at the cue. */
function asideStart(tokens: Token[], from: number, cue: number): number {
  if (tokens[cue - 1]?.lower !== ",") return cue;
  for (let j = cue - 2; j >= from && j >= cue - ASIDE_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.lower === ";" || t.lower === ":") return cue;
    if (t.lower === ",") return ASIDE_OPENERS.has(tokens[j + 1]?.lower ?? "") ? j : cue;
  }
  return cue;
}
const ORDINALS = new Set(["first", "second", "third"]);

/**
 * The subject of a sentence just before sentence `s` that names documents as
 * its object ("The House passed two articles of impeachment"): their author,
 * with the actors they name after the noun.
 */
function documentBringer(doc: Doc, tokens: Token[], s: number): { author: string; accused: string[] } | null {
  for (let p = s - 1; p >= 0 && p >= s - 2; p--) {
    const [pFrom, pTo] = sentenceRange(tokens, p);
    const sentence = doc.sentences[p] as Span;
    for (let k = pFrom + 1; k < pTo; k++) {
      const t = tokens[k] as Token;
      if (!DOCUMENTS.has(t.lower) || ORDINALS.has(t.lower)) continue;
      // "passed two articles", not "the articles passed" (the documents as subject)
      if (isPassive(tokens, k, pFrom) || mentionsIn(doc, sentence.start, t.start).length === 0) continue;
      // the sentence's subject, not a name between it and the documents ("impeached X on two articles")
      const before = mentionsIn(doc, sentence.start, t.start);
      const author = before[0] as (typeof before)[number];
      const after = objectsIn(doc, t.end, sentence.end, [author.actor]);
      const between = before.slice(1).filter((x) => x.actor !== author.actor);
      return { author: author.actor, accused: (after.length ? after : between.map((x) => x.actor)).slice(0, 1) };
    }
  }
  return null;
}
