import cues from "../../data/accusation-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Response, Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { firstWrong, harmVictim } from "./accusation-lexicon.js";
import { speaks } from "./accusations-reported.js";
import {
  type ActorMention,
  afterPreposition,
  closelyTied,
  mentionsIn,
  possessorOf,
  subjectBefore,
} from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { BE_FORMS, isPassive, negatedBefore } from "./clause-words.js";
import { isCourt } from "./court-actor.js";
import { CueSet, compilePattern, wordCues } from "./cue-patterns.js";
import { PERSONAL_POSSESSIVES, POSSESSIVE_CLITICS } from "./possessive.js";
import { prosecutingState } from "./prosecuting-state.js";
import { docTokens, sentenceRange, type Token, tokenIndexAt } from "./tokens.js";

// "impeached President Trump over an alleged abuse of power", "issued arrest
// warrants on 36 people believed to have been involved in the assassination":
// a legal act that states its ground alleges that ground against the ones it
// targets. The response stage finds the act; this adds its accusation. Only
// targets named in the sentence, outside the ground itself, are accused: a
// guessed target, or the victim inside the ground ("the murder of X"), is not.

const grounds = new CueSet<true>(cues.legalGrounds.map((g) => compilePattern(g, true)));
const CRIMES = new Set(cues.crimes);
const CLEARING = new Set(cues.clearingActs);
const PLEAS = new Set(cues.pleas);

/** "was found not guilty of X": a verdict that clears; "pleaded not guilty" is the accused's plea, not a verdict. */
function acquittal(tokens: Token[], k: number): boolean {
  return (
    (tokens[k] as Token).lower === "not" && tokens[k + 1]?.lower === "guilty" && !PLEAS.has(tokens[k - 1]?.lower ?? "")
  );
}

export function accusationsOfLegalActs(doc: Doc): void {
  // an agentless passive needs a legal act or an earlier accusation to name its accuser
  const tokens = docTokens(doc);
  // (the prosecuting state stands in when the story tells neither, so only a story with no criminal case stops here)
  if (!doc.responses.some((r) => LEGAL.has(r.type)) && doc.accusations.length === 0 && !tokens.some(chargeWord)) return;
  for (const r of doc.responses) {
    if (r.type !== "legal_action" || r.modality === "negated" || r.targets.length === 0) continue;
    legalAccusation(doc, tokens, r);
  }
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of PASSIVE.matchAll(tokens, from, to))
      agentlessAccusation(doc, tokens, sentence, from, to, m.first, m.last);
    for (const m of FACED.matchAll(tokens, from, to)) facedCharges(doc, tokens, sentence, from, to, m.first, m.last);
    for (const m of CHARGE_NOUNS.matchAll(tokens, from + 1, to - 1)) ownedCharges(doc, tokens, sentence, m.first, to);
    for (const m of CONVICTIONS.matchAll(tokens, from + 1, to))
      ownedConviction(doc, tokens, sentence, from, to, m.first);
  });
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

const LEGAL = new Set(["legal_action", "investigate"]);
/** Passive verbs that tell a punishment, not a charge: they accuse only of a wrong named after them. */
const PUNISHMENTS = new Set(cues.agentlessPassive.punishments);
/** Passive verbs that accuse only of a wrong named after them: punishments, and a suspicion ("was suspected of dying" is none). */
const GROUNDED = new Set([...cues.agentlessPassive.punishments, ...cues.agentlessPassive.groundedOnly]);
// "was found guilty of": a verb of several words is one cue
const PASSIVE = new CueSet<true>(cues.agentlessPassive.verbs.map((v) => compilePattern(v, true)));
const PASSIVE_PREPS = new Set(cues.agentlessPassive.preps);
const LEGAL_VERBS = new Set(cues.agentlessPassive.legalVerbs);
const LEGAL_CONTEXT = new Set(cues.agentlessPassive.legalContext);
const CONTEXT_SENTENCES = 2;
const QUANTIFIERS = new Set(cues.agentlessPassive.quantifiers);
// through the shared cue index: a sentence without a charge noun costs a bit test, not a set lookup a token
const CHARGE_NOUNS = wordCues(cues.agentlessPassive.chargeNouns);
const CHARGE_LIST = new Set(cues.agentlessPassive.chargeListVerbs);
const chargeWord = (t: Token): boolean => LEGAL_CONTEXT.has(t.lower) || LEGAL_VERBS.has(t.lower);

/** "were both previously convicted": a passive with a quantifier between the auxiliary and the participle. */
function passiveAt(tokens: Token[], verb: number, from: number): boolean {
  if (isPassive(tokens, verb, from)) return true;
  let k = verb - 1;
  const skippable = (w: string) => QUANTIFIERS.has(w) || (w.length > 4 && w.endsWith("ly"));
  while (k > from && k >= verb - 3 && skippable((tokens[k] as Token).lower)) k--;
  return k < verb - 1 && BE_FORMS.has((tokens[k] as Token).lower);
}

/** A legal word within two sentences of token `i`: the story tells a criminal case there. */
function legalContext(tokens: Token[], i: number): boolean {
  const s = (tokens[i] as Token).sentence;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sentence >= s - CONTEXT_SENTENCES; k--)
    if (LEGAL_CONTEXT.has((tokens[k] as Token).lower)) return true;
  for (let k = i + 1; k < tokens.length && (tokens[k] as Token).sentence <= s + CONTEXT_SENTENCES; k++)
    if (LEGAL_CONTEXT.has((tokens[k] as Token).lower)) return true;
  return false;
}

const FACED = new CueSet<true>(cues.agentlessPassive.facedCharges.map((c) => compilePattern(c, true)));
const FACED_NOUNS = new Set(cues.agentlessPassive.facedNouns);
const BACK_POINTING = new Set(["the", "these", "those", "all", "both", "his", "her", "their", "its"]);
const GERUND_OPENERS = new Set(["by", "after", "before", "for", "of", "without", "while", "since", "upon"]);

/**
 * "both parents faced twelve counts of torture", "X pleaded not guilty to
 * seven counts of negligent homicide": the subject is accused by whoever
 * brings the case, found as for an agentless charge. A plea needs a charge
 * noun within five words or a wrong after it ("pleaded guilty to conspiring
 * to hack"), so a plea to someone ("pleaded guilty to the judge") is none.
 */
function facedCharges(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, cue: number, last: number) {
  const stop = clauseEnd(tokens, last + 1, to);
  if (last + 1 >= stop || negatedBefore(tokens, cue, from)) return;
  let charge = FACED_NOUNS.has((tokens[last] as Token).lower) ? last : -1;
  for (let k = last + 1; charge < 0 && k < stop && k <= last + 5; k++)
    if (FACED_NOUNS.has((tokens[k] as Token).lower)) charge = k;
  if (charge < 0 && !groundWrong(tokens, last + 1, stop)) return;
  const head = tokens[cue] as Token;
  // "pled not guilty to the charges": charges the story told already, whose accusation it holds
  const definite = charge > 0 && BACK_POINTING.has((tokens[charge - 1] as Token).lower);
  // "accepted responsibility by pleading guilty": a gerund after a preposition has no subject of its own to read
  if (head.lower.endsWith("ing") && GERUND_OPENERS.has(tokens[cue - 1]?.lower ?? "")) return;
  const accused = subjectBefore(doc, sentence.start, head.start);
  if (!accused || afterPreposition(doc, accused, sentence.start) || indefinite(doc, accused)) return;
  if (definite && doc.accusations.some((a) => a.evidence.end <= head.start && a.accused.includes(accused.actor)))
    return;
  accuseFor(doc, tokens, accused, head, last + 1, to, true, true, placeState(doc, tokens, cue, last));
}

/** "serving a sentence in Romania for": a country named after "in" inside the cue, which tells where the case was tried. */
function placeState(doc: Doc, tokens: Token[], cue: number, last: number): string | null {
  for (let k = cue + 1; k < last; k++) {
    if ((tokens[k] as Token).lower !== "in") continue;
    const next = tokens[k + 1] as Token;
    const m = mentionsIn(doc, next.start, next.end + 40)[0];
    if (m && m.start === next.start && actorKind(doc, m.actor) === "country") return m.actor;
  }
  return null;
}

/**
 * The accusation of an agentless charge at `head` against `accused`, whose
 * allegation starts at token `allegation`: brought by the legal act told
 * against the accused, else by whoever last accused them, else (for a
 * criminal charge) by the prosecuting state.
 */
function accuseFor(
  doc: Doc,
  tokens: Token[],
  accused: ActorMention,
  head: Token,
  allegation: number,
  to: number,
  criminal: boolean,
  legalVerb: boolean,
  state: string | null = null,
) {
  const acts = doc.responses.filter(
    (r) =>
      LEGAL.has(r.type) &&
      r.modality !== "negated" &&
      r.targets.some((t) => closelyTied(doc, t, accused.actor)) &&
      !closelyTied(doc, r.actor, accused.actor),
  );
  const act = acts.filter((r) => r.evidence.start < head.start).at(-1) ?? acts[0];
  // failing a legal act, the one the story last told accusing them ("He was also accused of ...")
  // ("was convicted of" is a court's or a state's: a newspaper that told the deed before brings no charge)
  const prior = doc.accusations
    .filter((a) => a.evidence.end <= head.start && a.accused.includes(accused.actor))
    .filter((a) => !legalVerb || canCharge(doc, a.accuser))
    .at(-1);
  // failing both, a criminal charge is the prosecuting state's
  // "serving a sentence in Romania for ...": the state the cue names is the one that convicted
  const accuser =
    state ?? act?.actor ?? prior?.accuser ?? (criminal ? prosecutingState(doc, head.start, accused.actor) : null);
  // (a state prosecutes its own citizens: only the accused itself is no accuser)
  if (!accuser || accuser === accused.actor) return;
  const end = allegationEnd(tokens, allegation, to);
  const start = accused.start < head.start && head.start - accused.end < 60 ? accused.start : head.start;
  addAccusation(doc, tokens, {
    accuser,
    accused: [accused.actor],
    allegation: { start: (tokens[allegation] as Token).start, end },
    evidence: { start, end: Math.min(end, head.end + 90) },
  });
}

/** A court, a state, or one the story tells bringing a legal act: who can charge or convict. */
function canCharge(doc: Doc, id: string): boolean {
  if (isCourt(doc, id) || actorKind(doc, id) === "country") return true;
  return doc.responses.some((r) => LEGAL.has(r.type) && r.actor === id);
}

/**
 * "He was also accused of defrauding clients": a passive accusation with no
 * agent is the accusation of whoever the story tells bringing a legal act or
 * inquiry against the accused, else of whoever it last told accusing them;
 * with neither told, no accuser is guessed.
 */
function agentlessAccusation(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  verb: number,
  last: number,
) {
  // "X appeared in court, charged with murder": a participle after a comma, with no auxiliary of its own
  const reduced = !passiveAt(tokens, verb, from) && reducedParticiple(tokens, verb, from);
  if ((!reduced && !passiveAt(tokens, verb, from)) || negatedBefore(tokens, verb, from)) return;
  const stop = clauseEnd(tokens, last + 1, to);
  let prep = -1;
  for (let k = last + 1; k < stop && k <= last + 3; k++) {
    const t = tokens[k] as Token;
    if (t.lower === "by") return;
    if (PASSIVE_PREPS.has(t.lower)) {
      prep = k;
      break;
    }
  }
  if (prep < 0 || prep + 1 >= stop) return;
  for (let k = prep + 1; k < stop; k++) if ((tokens[k] as Token).lower === "by") return;
  const head = tokens[verb] as Token;
  const cue = last > verb ? cueWords(tokens, verb, last) : head.lower;
  // "was jailed for corruption", not "was jailed for two years" nor "imprisoned for her views"
  // a reduced participle needs its wrong named: "..., charged with overseeing the budget" is a duty
  if ((GROUNDED.has(cue) || reduced) && !groundWrong(tokens, prep + 1, stop)) return;
  const accused = reduced
    ? participleSubject(doc, tokens, sentence, verb)
    : (pluralSubject(doc, tokens, sentence, from, verb) ?? subjectBefore(doc, sentence.start, head.start));
  // "A suspect in Wisconsin has been charged": a name inside the subject's phrase is not the subject
  if (!accused || afterPreposition(doc, accused, sentence.start) || indefinite(doc, accused)) return;
  // "a charity that prosecutors said was suspected of funding terrorism": the speaker is not the subject
  if (speaks(tokens, accused.end)) return;
  const legalVerb = LEGAL_VERBS.has(cue);
  accuseFor(doc, tokens, accused, head, prep + 1, to, legalVerb || legalContext(tokens, verb), legalVerb);
}

/** A participle right after a comma that is no clause of its own: "appeared in court, charged with", "Kerr, convicted of". */
function reducedParticiple(tokens: Token[], verb: number, from: number): boolean {
  return verb > from + 1 && tokens[verb - 1]?.lower === "," && REDUCED.has((tokens[verb] as Token).lower);
}
const REDUCED = new Set(cues.agentlessPassive.reducedParticiples);

/**
 * Whom a reduced participle tells of: the name the comma follows ("Kerr, charged
 * with fraud,"), else the clause's subject, the sentence's first name not in a
 * prepositional phrase ("Kerr appeared in a Dublin court, charged with fraud").
 */
function participleSubject(doc: Doc, tokens: Token[], sentence: Span, verb: number): ActorMention | null {
  const comma = tokens[verb - 1] as Token;
  const before = mentionsIn(doc, sentence.start, comma.start).filter((m) => !m.demonym);
  const last = before.at(-1);
  if (last && comma.start - last.end <= 1) return afterPreposition(doc, last, sentence.start) ? null : last;
  const first = before.find((m) => !afterPreposition(doc, m, sentence.start));
  return first ?? null;
}

/** The lower-cased words of tokens first..last, joined by single spaces. */
function cueWords(tokens: Token[], first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push((tokens[k] as Token).lower);
  return words.join(" ");
}

function legalAccusation(doc: Doc, tokens: Token[], r: Response): void {
  const from = tokenIndexAt(tokens, r.evidence.start);
  const first = tokens[from];
  if (!first) return;
  const sentence = first.sentence;
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).sentence === sentence) to++;
  const stop = clauseEnd(tokens, from, to);
  // "overturned the convictions of X for crimes relating to ...": an act that clears its targets accuses no one
  for (let k = from; k < stop && (tokens[k] as Token).start < r.evidence.end; k++)
    if (CLEARING.has((tokens[k] as Token).lower) || acquittal(tokens, k)) return;
  const found = statedGround(doc, tokens, from, stop) ?? verdictGround(tokens, from, stop, r.evidence.end, to);
  if (!found) return;
  const { ground, allegationStart } = found;
  const s = doc.sentences[sentence] as Span;
  const named = new Set(
    mentionsIn(doc, s.start, s.end)
      .filter((m) => (m.end <= ground.start || m.start >= ground.end) && !harmVictim(tokens, m.start))
      .map((m) => m.actor),
  );
  // a state tries its own citizens ("a court in Portugal sentenced Berg", Berg being Portuguese): when the act
  // names its actor, a person tied to it is accused all the same; a body tied to it (its own ministry) is not,
  // nor anyone when the actor is only the response stage's guess ("He was sentenced ...")
  const told = mentionsIn(doc, r.evidence.start, r.evidence.end).some((m) => m.actor === r.actor);
  const person = (t: string) => actorKind(doc, t) === "person";
  const accused = r.targets.filter(
    (t) => named.has(t) && t !== r.actor && ((told && person(t)) || !closelyTied(doc, t, r.actor)),
  );
  if (accused.length === 0) return;
  addAccusation(doc, tokens, {
    accuser: r.actor,
    accused,
    allegation: { start: (tokens[allegationStart] as Token).start, end: allegationEnd(tokens, allegationStart, to) },
    evidence: { start: r.evidence.start, end: Math.max(r.evidence.end, Math.min(ground.end, r.evidence.end + 120)) },
  });
}

interface Ground {
  /** From the ground's opener to its wrong (or, for a verdict, to its end): names inside are no targets. */
  ground: Span;
  allegationStart: number;
}

/** "over alleged bribery", "on charges of fraud": an opener with a wrong (or a named crime) in its first words. */
function statedGround(doc: Doc, tokens: Token[], from: number, stop: number): Ground | null {
  const opener = grounds.firstMatch(tokens, from, stop);
  if (!opener) return null;
  const wrong = groundWrong(tokens, opener.last + 1, stop);
  // "over its Ballot Interference Prevention Act": a capitalised wrong is part of a name, not a deed
  if (!wrong || /^\p{Lu}/u.test(doc.text.charAt((tokens[wrong.first] as Token).start))) return null;
  return {
    ground: { start: (tokens[opener.first] as Token).start, end: (tokens[wrong.last] as Token).end },
    allegationStart: opener.last + 1,
  };
}

const VERDICTS = new Set(cues.verdicts.words);
const SPANS = new Set(cues.verdicts.spans);

/**
 * "sentenced X to life in prison for driving his car into a crowd": a verdict
 * or sentence finds its target guilty of what follows "for", whether or not a
 * wrong word names it; "for 40 years" tells the term and is skipped.
 */
function verdictGround(tokens: Token[], from: number, stop: number, actEnd: number, to: number): Ground | null {
  let verdict = -1;
  for (let k = from; k < stop && (tokens[k] as Token).start < actEnd + 40; k++)
    if (VERDICTS.has((tokens[k] as Token).lower)) {
      verdict = k;
      break;
    }
  if (verdict < 0) return null;
  for (let k = verdict + 1; k < stop - 1; k++) {
    if ((tokens[k] as Token).lower !== "for") continue;
    let term = false;
    for (let j = k + 1; j < stop && j <= k + 3; j++) if (SPANS.has((tokens[j] as Token).lower)) term = true;
    if (term || (tokens[k + 1] as Token).punct) continue;
    // "imprisoned for his views": a punishment alone finds no guilt; it needs a wrong named
    if (PUNISHMENTS.has((tokens[verdict] as Token).lower) && !groundWrong(tokens, k + 1, stop)) return null;
    const end = allegationEnd(tokens, k + 1, to);
    return { ground: { start: (tokens[k] as Token).start, end }, allegationStart: k + 1 };
  }
  return null;
}

/** The first wrong (or named crime) in the ground's first words, starting at token i. */
function groundWrong(tokens: Token[], i: number, stop: number): { first: number; last: number } | null {
  let end = i;
  while (end < stop && end < i + cues.groundWindow && !clausePunct(tokens[end] as Token)) end++;
  for (let k = i; k < end; k++) if (CRIMES.has((tokens[k] as Token).lower)) return { first: k, last: k };
  const hit = firstWrong(tokens, i, end);
  return hit && hit.first >= i ? hit : null;
}

const QUOTES = new Set(['"', "“", "”"]);
const clausePunct = (t: Token): boolean => t.punct && !QUOTES.has(t.lower);

/** The name a possessive clitic ends ("Pogue's"), if it stands right before the mark. */
function nameBeforeClitic(doc: Doc, sentence: Span, mark: Token): ActorMention | null {
  const named = mentionsIn(doc, sentence.start, mark.start + 1).at(-1);
  return named && mark.start - named.end <= 1 ? named : null;
}

/**
 * "Rittenhouse's charges include intentional homicide": charges owned by a
 * name and listed after a copula or "include" accuse their owner, for the
 * prosecuting state (no agent is told).
 */
function ownedCharges(doc: Doc, tokens: Token[], sentence: Span, noun: number, to: number): void {
  const verb = tokens[noun + 1] as Token;
  if (!CHARGE_LIST.has(verb.lower) || noun + 2 >= to) return;
  const owner = tokens[noun - 1] as Token;
  const ownerMention = POSSESSIVE_CLITICS.has(owner.lower)
    ? nameBeforeClitic(doc, sentence, owner)
    : PERSONAL_POSSESSIVES.has(owner.lower)
      ? possessorOf(doc, sentence.start, owner.lower)
      : null;
  if (!ownerMention) return;
  const accuser = prosecutingState(doc, verb.start, ownerMention.actor);
  if (!accuser || accuser === ownerMention.actor) return;
  const end = allegationEnd(tokens, noun + 2, to);
  const start = ownerMention.start >= sentence.start ? ownerMention.start : (tokens[noun - 1] as Token).start;
  addAccusation(doc, tokens, {
    accuser,
    accused: [ownerMention.actor],
    allegation: { start: (tokens[noun + 2] as Token).start, end },
    evidence: { start, end: Math.min(end, verb.end + 90) },
  });
}

const CONVICTIONS = wordCues(cues.agentlessPassive.ownedConvictions);
// how far before the owner a clearing act may stand: "the court vacated his conviction"
const CLEARING_REACH = 4;

/**
 * "after his conviction for fraud", "Pogue's conviction": a conviction owned by
 * a name (an adjective may stand between: "his subsequent conviction") finds
 * the owner guilty, for whoever the story tells bringing the case, else the
 * prosecuting state; one quashed or vacated just before ("vacated his
 * conviction") clears them instead. "His conviction that ..." is a belief.
 */
function ownedConviction(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, noun: number): void {
  // "his conviction that the plan would work": a belief, not a verdict
  if (tokens[noun + 1]?.lower === "that") return;
  let owner = noun - 1;
  const between = tokens[owner] as Token;
  const lowerCase = !/^\p{Lu}/u.test(doc.text.charAt(between.start));
  if (!between.punct && !PERSONAL_POSSESSIVES.has(between.lower) && !POSSESSIVE_CLITICS.has(between.lower) && lowerCase)
    owner--;
  const mark = tokens[owner];
  if (!mark || owner < from) return;
  for (let k = owner - 1; k >= from && k >= owner - CLEARING_REACH; k--)
    if (CLEARING.has((tokens[k] as Token).lower)) return;
  let ownerMention: ActorMention | null = null;
  if (POSSESSIVE_CLITICS.has(mark.lower)) ownerMention = nameBeforeClitic(doc, sentence, mark);
  else if (PERSONAL_POSSESSIVES.has(mark.lower)) {
    // "While Blankenship was known for ..., his conviction": the last person the sentence named, else its antecedent
    const person = (m: ActorMention) => actorKind(doc, m.actor) === "person";
    ownerMention =
      mentionsIn(doc, sentence.start, mark.start).filter(person).at(-1) ?? possessorOf(doc, sentence.start, mark.lower);
  }
  if (!ownerMention || actorKind(doc, ownerMention.actor) !== "person") return;
  accuseFor(doc, tokens, ownerMention, tokens[noun] as Token, noun + 1 < to ? noun + 1 : noun, to, true, true);
}

/**
 * "Kelly, then Christie's deputy, and Baroni, then ..., were both convicted":
 * with "both" or "all" before the participle the subject is a list, which the
 * sentence opens with its first name; the names in the appositions between are
 * not it.
 */
function pluralSubject(doc: Doc, tokens: Token[], sentence: Span, from: number, verb: number): ActorMention | null {
  let plural = false;
  for (let k = verb - 1; k > from && k >= verb - 3; k--) if (PLURAL.has((tokens[k] as Token).lower)) plural = true;
  if (!plural) return null;
  const first = mentionsIn(doc, sentence.start, (tokens[verb] as Token).start)[0];
  return first && first.start === (tokens[from] as Token).start ? first : null;
}

const PLURAL = new Set(["both", "all"]);

/** "A suspect in Wisconsin has been charged": an indefinite description brings in someone new, not an actor told before. */
function indefinite(doc: Doc, m: ActorMention): boolean {
  return (
    /^an?\s/i.test(doc.text.slice(m.start, m.start + 3)) ||
    /\ban?\s+$/i.test(doc.text.slice(Math.max(0, m.start - 3), m.start))
  );
}
