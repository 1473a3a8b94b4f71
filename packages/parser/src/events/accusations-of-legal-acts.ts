import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Response, Span } from "../model.js";
import { addAccusation } from "./accusation-builder.js";
import { firstWrong, harmVictim } from "./accusation-lexicon.js";
import { closelyTied, mentionsIn, subjectBefore } from "./actor-roles.js";
import { allegationEnd, clauseEnd } from "./clause-bounds.js";
import { isPassive, negatedBefore } from "./clause-words.js";
import { CueSet, compilePattern, wordCues } from "./cue-patterns.js";
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

export function accusationsOfLegalActs(doc: Doc): void {
  // an agentless passive needs a legal act or an earlier accusation to name its accuser
  if (!doc.responses.some((r) => LEGAL.has(r.type)) && doc.accusations.length === 0) return;
  const tokens = docTokens(doc);
  for (const r of doc.responses) {
    if (r.type !== "legal_action" || r.modality === "negated" || r.targets.length === 0) continue;
    legalAccusation(doc, tokens, r);
  }
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    for (const m of PASSIVE.matchAll(tokens, from, to)) agentlessAccusation(doc, tokens, sentence, from, to, m.first);
  });
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

const LEGAL = new Set(["legal_action", "investigate"]);
const PASSIVE = wordCues(cues.agentlessPassive.verbs);
const PASSIVE_PREPS = new Set(cues.agentlessPassive.preps);

/**
 * "He was also accused of defrauding clients": a passive accusation with no
 * agent is the accusation of whoever the story tells bringing a legal act or
 * inquiry against the accused, else of whoever it last told accusing them;
 * with neither told, no accuser is guessed.
 */
function agentlessAccusation(doc: Doc, tokens: Token[], sentence: Span, from: number, to: number, verb: number) {
  if (!isPassive(tokens, verb, from) || negatedBefore(tokens, verb, from)) return;
  const stop = clauseEnd(tokens, verb + 1, to);
  let prep = -1;
  for (let k = verb + 1; k < stop && k <= verb + 3; k++) {
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
  const accused = subjectBefore(doc, sentence.start, head.start);
  if (!accused) return;
  const acts = doc.responses.filter(
    (r) =>
      LEGAL.has(r.type) &&
      r.modality !== "negated" &&
      r.targets.some((t) => closelyTied(doc, t, accused.actor)) &&
      !closelyTied(doc, r.actor, accused.actor),
  );
  const act = acts.filter((r) => r.evidence.start < head.start).at(-1) ?? acts[0];
  // failing a legal act, the one the story last told accusing them ("He was also accused of ...")
  const prior = doc.accusations.filter((a) => a.evidence.end <= head.start && a.accused.includes(accused.actor)).at(-1);
  const accuser = act?.actor ?? prior?.accuser;
  if (!accuser) return;
  const end = allegationEnd(tokens, prep + 1, to);
  const start = accused.start < head.start && head.start - accused.end < 60 ? accused.start : head.start;
  addAccusation(doc, tokens, {
    accuser,
    accused: [accused.actor],
    allegation: { start: (tokens[prep + 1] as Token).start, end },
    evidence: { start, end: Math.min(end, head.end + 90) },
  });
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
    if (CLEARING.has((tokens[k] as Token).lower)) return;
  const opener = grounds.matchAll(tokens, from, stop)[0];
  if (!opener) return;
  const wrong = groundWrong(tokens, opener.last + 1, stop);
  // "over its Ballot Interference Prevention Act": a capitalised wrong is part of a name, not a deed
  if (!wrong || /^\p{Lu}/u.test(doc.text.charAt((tokens[wrong.first] as Token).start))) return;
  const s = doc.sentences[sentence] as Span;
  const ground: Span = { start: (tokens[opener.first] as Token).start, end: (tokens[wrong.last] as Token).end };
  const named = new Set(
    mentionsIn(doc, s.start, s.end)
      .filter((m) => (m.end <= ground.start || m.start >= ground.end) && !harmVictim(tokens, m.start))
      .map((m) => m.actor),
  );
  const accused = r.targets.filter((t) => named.has(t) && !closelyTied(doc, t, r.actor));
  if (accused.length === 0) return;
  const allegationStart = opener.last + 1;
  addAccusation(doc, tokens, {
    accuser: r.actor,
    accused,
    allegation: { start: (tokens[allegationStart] as Token).start, end: allegationEnd(tokens, allegationStart, to) },
    evidence: { start: r.evidence.start, end: Math.max(r.evidence.end, ground.end) },
  });
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
