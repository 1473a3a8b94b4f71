import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { accusationNouns, accusationVerbs, harmVictim, type VerbFrame } from "./accusation-lexicon.js";
import { impliedAccusations } from "./accusations-implied.js";
import { labelledAccusations } from "./accusations-labelled.js";
import { claimAccusations, trailingAccusations } from "./accusations-quoted.js";
import { reportedAccusations } from "./accusations-reported.js";
import { mentionsIn, objectsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { isPassive } from "./clause-words.js";
import type { CueMatch } from "./cue-patterns.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

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
    trailingAccusations(doc, tokens, sentence, from, to);
    impliedAccusations(doc, tokens, sentence, from, to);
    labelledAccusations(doc, tokens, sentence, from, to);
  });
  claimAccusations(doc, tokens);
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

const NEGATION = new Set(["not", "n't", "never"]);
const CLAUSE_OPENERS = new Set([",", "but", "and", "while", "by", "after", "before", "without", "...", "—"]);

function verbAccusation(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, m: CueMatch<VerbFrame>) {
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  for (let k = m.first - 1; k >= from && k >= m.first - 3; k--) if (NEGATION.has((tokens[k] as Token).lower)) return;
  const stop = clauseEnd(tokens, m.last + 1, to);
  let prep = -1;
  for (let k = m.last + 1; k < stop && k <= m.last + 14; k++) {
    if (m.pattern.value.preps.includes((tokens[k] as Token).lower)) {
      prep = k;
      break;
    }
  }
  if (m.pattern.value.needPrep && prep < 0) return;
  const allegation = prep >= 0 && prep + 1 < stop ? allegationSpan(tokens, prep + 1, to) : null;
  const objectLimit = prep >= 0 ? (tokens[prep] as Token).start : (tokens[stop - 1] as Token).end;

  if (isPassive(tokens, m.first, from)) {
    // "X was accused of Z by Y"
    const accused = subjectBefore(doc, sentence.start, head.start);
    const agent = agentIn(doc, tokens, m.last + 1, stop);
    if (!accused || !agent) return;
    addAccusation(doc, tokens, {
      accuser: agent,
      accused: [accused.actor],
      allegation,
      evidence: { start: accused.start, end: Math.max(last.end, allegation?.end ?? 0) },
    });
    return;
  }
  const participle =
    head.lower.endsWith("ing") && (m.first === from || CLAUSE_OPENERS.has(tokens[m.first - 1]?.lower ?? ""));
  const subject = participle ? null : subjectBefore(doc, sentence.start, head.start);
  // "... but forgiving her for leaving, I'm nowhere near": inside a quote, the speaker
  const quoted = participle
    ? doc.claims.find((c) => c.speaker && c.content.start <= head.start && head.end <= c.content.end)
    : undefined;
  const accuser = subject?.actor ?? quoted?.speaker ?? mainSubject(doc, tokens, sentence, from, m.first);
  if (!accuser) return;
  // "condemned the attack on Navalny": the harm's victim is not accused
  const victims = mentionsIn(doc, head.end, objectLimit)
    .filter((x) => harmVictim(tokens, x.start))
    .map((x) => x.actor);
  const accused = objectsIn(doc, head.end, objectLimit, [accuser, ...victims]);
  if (accused.length === 0) return;
  const start = subject && head.start - subject.end < 100 ? subject.start : head.start;
  const lastObject = Math.max(last.end, mentionsIn(doc, head.end, objectLimit).at(-1)?.end ?? 0);
  const end = Math.min(Math.max(lastObject, allegation?.end ?? 0), Math.max(lastObject, head.end) + 90);
  addAccusation(doc, tokens, { accuser, accused, allegation, evidence: { start, end }, context: sentence });
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
  const next = tokens[m.last + 1];
  if (next?.lower === "against") accused = objectsIn(doc, next.end, sentence.end, [accuser]);
  if (accused.length === 0) {
    const prior = [...doc.accusations].reverse().find((a) => a.accused.some((x) => !sameSide(doc, x, accuser)));
    accused = prior ? prior.accused.filter((x) => !sameSide(doc, x, accuser)) : [];
  }
  addAccusation(doc, tokens, {
    accuser,
    accused,
    allegation: { start: (tokens[m.first + 1] as Token).start, end: last.end },
    evidence: { start: subject.start, end: last.end },
  });
}
