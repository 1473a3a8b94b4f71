import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { listedDoers } from "./accusation-coordination.js";
import { clauseSubject } from "./accusation-doer.js";
import {
  ADMISSIONS,
  DOER_WINDOW,
  deniedWrong,
  firstWrong,
  HEDGES,
  negatedOpening,
  OWNED_NOUNS,
  OWNERSHIP_ADMISSIONS,
  ownsHarm,
  possibleDoers,
  REPORTING_ACCUSE,
  reportingAccuseCues,
  sufferedWrong,
  wordsBack,
} from "./accusation-lexicon.js";
import {
  type ActorMention,
  actorIds,
  afterPreposition,
  coordinated,
  mentionsIn,
  subjectBefore,
} from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { BE_FORMS } from "./clause-words.js";
import { courtNoun, courtOf } from "./court-actor.js";
import { type Token, tokenIndexAt } from "./tokens.js";
import { unassertedWrong } from "./unasserted-wrong.js";

// "U.S. intelligence agencies have said Moscow tried to interfere": a
// reported statement accuses when its clause says that an actor did wrong
// (a word from accusation-categories.json). "found no evidence that ..."
// accuses no one.

// "over alleged plots", "all claims that": a noun or an adjective, not a speaker's verb
const NOT_AFTER = new Set([
  "'s",
  "the",
  "a",
  "an",
  "over",
  "of",
  "for",
  "to",
  "about",
  "against",
  "on",
  "in",
  "with",
  "by",
  "all",
  "any",
  "these",
  "those",
  "such",
  "his",
  "her",
  "their",
  "its",
  "similar",
  "false",
  "new",
]);

export function reportedAccusations(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number): void {
  for (const cue of reportingAccuseCues.matchAll(tokens, from, to)) {
    const i = cue.first;
    const verb = tokens[i] as Token;
    const prev = tokens[i - 1]?.lower ?? "";
    // "was found", "over alleged plots": not a speaker's verb
    // "In finding X was improperly sworn in, the court ...": an opening participle, whose subject follows the comma
    const opening = OPENING_PREPOSITIONS.has(prev) && i - 1 === from && verb.lower.endsWith("ing");
    if (!opening && (BE_FORMS.has(prev) || NOT_AFTER.has(prev))) continue;
    let start = i + 1;
    if (tokens[start]?.lower === "that") start++;
    // ", and he accused ...": a coordinated clause with its own subject is not the reported one
    if (start >= clauseEnd(tokens, start, to)) continue;
    const stop = Math.min(clauseEnd(tokens, start, to), tokenIndexAt(tokens, allegationEnd(tokens, start, to)));
    if (start >= stop) continue;
    const hit = firstWrong(tokens, start, stop, doc);
    if (!hit || negatedOpening(tokens, start, stop, hit.first) || deniedWrong(tokens, hit.first, start)) continue;
    // "said there is no evidence that X committed fraud", "said that if X ignores the law ..."
    if (unassertedWrong(tokens, start, hit.first)) continue;
    const wrong = hit.first;

    const rel = relativeAntecedent(doc, tokens, sentence, from, i);
    // "..., claiming them to be mercenaries": a participle speaks for the clause's subject
    const participle = verb.lower.endsWith("ing") && tokens[i - 1]?.lower === ",";
    // "They called on Turkey ..., and deemed that ...": a coordinated verb shares the sentence's subject
    const coordinated = prev === "and" && tokens[i - 2]?.lower === ",";
    const speaker = rel
      ? rel.speaker
      : opening
        ? subjectAfterOpening(doc, tokens, i, to)
        : participle
          ? mainSubject(doc, tokens, sentence, from, i)
          : coordinated
            ? openingSubject(doc, tokens, sentence, from)
            : // "Arnel dela Vega of the army's Western Mindanao Command said": the claims stage's speaker of this cue
              (doc.claims.find((c) => c.cue.start === verb.start)?.speaker ??
              subjectBefore(doc, sentence.start, verb.start)?.actor ??
              null);
    // "The three-judge court found ...": an unnamed court is the story's court
    const court = !speaker && courtNoun(prev) && FINDINGS.has(verb.lower) ? courtOf(doc, verb.start) : null;
    const accuser = speaker ?? court ?? (rel ? previousAccuser(doc, sentence.start) : null);
    if (!accuser) continue;
    const wrongTok = tokens[wrong] as Token;
    // "found that X ..., including Iran, which the report said sought to harm": the wrong is the relative clause's
    if (tokens.slice(start, wrong).some((t) => t.lower === "which" || t.lower === "who")) continue;
    const clauseStop = (tokens[stop - 1] as Token).end;
    if (hedged(doc, tokens, wrong)) continue;
    const windowStart = (tokens[wordsBack(tokens, wrong, DOER_WINDOW, start)] as Token).start;
    const candidate = (m: ActorMention) =>
      m.actor !== accuser &&
      m.start < wrongTok.start &&
      !speaks(tokens, m.end) &&
      !ownsHarm(doc.text, tokens, m.end, wrong);
    const named = mentionsIn(doc, windowStart, clauseStop).filter(candidate);
    const inClause = possibleDoers(tokens, named, wrong, (m) => afterPreposition(doc, m, windowStart));
    // the doer is the wrong's own subject, the last actor named before it, or its agent ("were sent by X")
    const agents = agentsOfWrong(doc, tokens, hit.last, stop);
    const agent = agents[0];
    // "said Navalny was poisoned": with no agent named, the victim is no doer and none is guessed
    const patient = inClause.at(-1);
    if (!agent && patient && sufferedWrong(doc.text, tokens, patient.end, wrong)) continue;
    const accused = agent
      ? agents
      : inClause.length
        ? listedDoers(
            doc,
            inClause.at(-1) as ActorMention,
            (tokens[start] as Token).start,
            (m) => candidate(m) && possibleDoers(tokens, [m], wrong, () => false).length > 0,
          )
        : rel
          ? [rel.antecedent]
          : [
              clauseSubject(doc, tokens, start, wrong, (m) => m.actor === accuser || speaks(tokens, m.end)) ??
                foundSubject(doc, tokens, verb, start, wrong, accuser),
            ].filter((x): x is string => !!x);
    if (accused.length === 0) continue;
    // "said X took full responsibility for the bombing": an admission reported, not an accusation
    if (!agent && admits(tokens, patient?.end ?? (tokens[start] as Token).start, wrong)) continue;
    const evStart = rel
      ? rel.start
      : coordinated
        ? verb.start
        : Math.min(verb.start, subjectBefore(doc, sentence.start, verb.start)?.start ?? verb.start);
    const allegation = { start: (tokens[start] as Token).start, end: allegationEnd(tokens, start, to) };
    const evEnd = Math.min(allegation.end, Math.max(wrongTok.end, verb.end) + 60);
    addAccusation(doc, tokens, { accuser, accused, allegation, evidence: { start: evStart, end: evEnd } });
  }
}

const OPENING_PREPOSITIONS = new Set(["in", "by", "after", "while"]);
const FINDINGS = new Set([
  "found",
  "finds",
  "find",
  "finding",
  "concluded",
  "concludes",
  "concluding",
  "determined",
  "ruled",
  "rules",
]);

/** "In finding X ..., the Supreme Court also found": the first actor named after the opening phrase's comma. */
function subjectAfterOpening(doc: Doc, tokens: Token[], verb: number, to: number): string | null {
  for (let k = verb + 1; k < to; k++) {
    if ((tokens[k] as Token).lower !== ",") continue;
    const next = tokens[k + 1];
    if (!next) return null;
    const m = mentionsIn(doc, next.start, (tokens[Math.min(to - 1, k + 6)] as Token).end)[0];
    return m?.actor ?? null;
  }
  return null;
}

/**
 * "The court found Johnson's advice to the Queen was motivated by an improper
 * purpose ... and is unlawful": an official finding's clause opens on the actor
 * it finds against (or on that actor's act, "Johnson's advice"), however far the
 * wrong stands from it. Only after a verb of finding (a ruling is one: "the
 * judge ruled X's practice is unconstitutional"), and only when the clause's
 * first words name it.
 */
function foundSubject(
  doc: Doc,
  tokens: Token[],
  verb: Token,
  start: number,
  wrong: number,
  accuser: string,
): string | null {
  if (!FINDINGS.has(verb.lower)) return null;
  const first = tokens[start] as Token;
  const m = mentionsIn(doc, first.start, (tokens[wrong] as Token).start)[0];
  if (!m || m.actor === accuser || m.start > first.start + 4) return null;
  // the name's own act ("Johnson's advice") or the name itself as the clause's subject
  const after = doc.text.slice(m.end, m.end + 3);
  const owner = /^['’]s?\s/.test(after);
  if (!owner && sufferedWrong(doc.text, tokens, m.end, wrong)) return null;
  return m.actor;
}

/** The subject that opens the sentence: a pronoun's antecedent, or a name in its first words. */
function openingSubject(doc: Doc, tokens: Token[], sentence: Span, from: number): string | null {
  const first = tokens[from];
  if (!first) return null;
  if (OPENING_PRONOUNS.has(first.lower)) return subjectBefore(doc, sentence.start, first.end)?.actor ?? null;
  const m = mentionsIn(doc, sentence.start, sentence.end)[0];
  return m && m.start - sentence.start < 20 ? m.actor : null;
}

const OPENING_PRONOUNS = new Set(["they", "he", "she", "it"]);

/**
 * The doer named after a wrong: "were sent by the government", "his murder
 * inside the consulate by Saudi agents".
 */
export function agentOfWrong(doc: Doc, tokens: Token[], last: number, stop: number): string | undefined {
  return agentsOfWrong(doc, tokens, last, stop)[0];
}

/** The doers named after a wrong, with those coordinated with the first: "raped by Quirin, Redouane and a third officer". */
export function agentsOfWrong(doc: Doc, tokens: Token[], last: number, stop: number): string[] {
  const first = agentMention(doc, tokens, last, stop);
  return first ? actorIds(coordinated(doc, first, (tokens[stop - 1] as Token).end)) : [];
}

function agentMention(doc: Doc, tokens: Token[], last: number, stop: number): ActorMention | undefined {
  for (let k = last; k < stop && k <= last + 10; k++) {
    const t = tokens[k] as Token;
    // "poisoned with Novichok, a nerve agent developed by the Soviet Union": the aside's agent
    if (t.lower === ";" || t.lower === "," || t.lower === "which" || t.lower === "who") return undefined;
    if (t.lower !== "by") continue;
    const next = tokens[k + 1];
    if (!next) return undefined;
    const m = mentionsIn(doc, next.start, (tokens[stop - 1] as Token).end)[0];
    // "by her family, Dawn reported": a name past a comma is not the agent, nor one past a verb
    // ("told by the administration is that ISIS ...": the agent named no actor)
    const between = doc.text.slice(next.start, m?.start ?? next.start);
    return m && m.start - next.start < 30 && !/[,;:]|\b(?:is|was|are|were|that)\b/i.test(between) ? m : undefined;
  }
  return undefined;
}

/** "what authorities say were unlawful": a name followed by a reporting verb speaks; it is not the doer. */
export function speaks(tokens: Token[], end: number): boolean {
  const next = tokens[tokenIndexAt(tokens, end)];
  return !!next && REPORTING_ACCUSE.has(next.lower);
}

/**
 * "X accepted responsibility for the murder", "X admitted lying": the doer
 * owns the wrong; an admission, not an accusation. "took bribes", "accepted
 * kickbacks": taking or accepting is the wrong itself unless what is taken is
 * the responsibility or the blame.
 */
export function admits(tokens: Token[], doerEnd: number, wrong: number): boolean {
  for (let k = wrong - 1; k >= 0 && (tokens[k] as Token).start >= doerEnd; k--) {
    const w = (tokens[k] as Token).lower;
    if (ADMISSIONS.has(w)) return true;
    if (OWNERSHIP_ADMISSIONS.has(w) && ownsBlame(tokens, k, wrong)) return true;
  }
  return false;
}

/** One of OWNED_NOUNS within three words after the verb at `k`, before the wrong. */
function ownsBlame(tokens: Token[], k: number, wrong: number): boolean {
  for (let j = k + 1; j < wrong && j <= k + 3; j++) if (OWNED_NOUNS.has((tokens[j] as Token).lower)) return true;
  return false;
}

/** "possible Turkish interference": a wrong that is only feared. */
export function hedged(doc: Doc, tokens: Token[], wrong: number): boolean {
  for (let k = wrong - 1; k >= 0 && k >= wrong - 2; k--) {
    const t = tokens[k] as Token;
    if (HEDGES.has(t.lower)) return true;
    if (mentionsIn(doc, t.start, t.end, true).length === 0) return false;
  }
  return false;
}

/** "Iran, which the report said sought to harm ...": the antecedent is the accused. */
function relativeAntecedent(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  verbIndex: number,
): { antecedent: string; speaker: string | null; start: number } | null {
  for (let k = verbIndex - 1; k >= from && k >= verbIndex - 6; k--) {
    const t = tokens[k] as Token;
    if (t.lower !== "which" && t.lower !== "who") continue;
    const before = mentionsIn(doc, sentence.start, t.start).at(-1);
    if (!before || !/^\s*,?\s*$/.test(doc.text.slice(before.end, t.start))) return null;
    const speaker = mentionsIn(doc, t.end, (tokens[verbIndex] as Token).start)[0]?.actor ?? null;
    return { antecedent: before.actor, speaker, start: before.start };
  }
  return null;
}

function previousAccuser(doc: Doc, before: number): string | null {
  const prior = [...doc.accusations].reverse().find((a) => a.evidence.start < before);
  return prior?.accuser ?? null;
}
