import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { addAccusation, mainSubject } from "./accusation-builder.js";
import { labelCues } from "./accusation-lexicon.js";
import { mentionsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { ANAPHORIC, isPassive } from "./clause-words.js";
import { CueSet, compilePattern } from "./cue-patterns.js";
import { toldActs } from "./responses-dyadic.js";
import { docTokens, sentenceRange, type Token } from "./tokens.js";

// "The Foreign Ministry characterized the attack as a serious violation of
// Iraqi sovereignty", "called the border agreement null and void": a damning
// label for an act that names no one. The act's noun points back to the act
// of that kind the story told before (found by the response stage); its doer
// is the accused, and for an agreement its partners too. An act with its own
// modifier ("the border agreement") must share a word with what was told, so
// a later, unrelated act of the same kind is not taken for it.

const ACT_TYPE = new Map<string, string>(
  Object.entries(cues.actNouns).flatMap(([type, nouns]) => nouns.map((n) => [n, type] as [string, string])),
);

export function accusationsOfActs(doc: Doc): void {
  // the acts told, with those the pipeline leaves out for naming no target ("the strike took place in Iraq")
  if (toldActs(doc).length === 0) return;
  const tokens = docTokens(doc);
  doc.sentences.forEach((sentence, s) => {
    const [from, to] = sentenceRange(tokens, s);
    // "condemned the attack": the act is the verb's object, up to the clause's end
    for (const m of actVerbs.matchAll(tokens, from, to)) {
      if (isPassive(tokens, m.first, from)) {
        condemnedBy(doc, tokens, sentence, from, to, m.first, m.last);
        continue;
      }
      const stop = Math.min(to, m.last + 5);
      const end = (tokens[stop - 1] as Token).end;
      accuseDoer(doc, tokens, sentence, from, m.first, m.last + 1, stop, end);
    }
    for (const m of labelCues.matchAll(tokens, from, to)) {
      const label = tokens[m.last] as Token;
      accuseDoer(doc, tokens, sentence, from, m.first, m.first + 1, m.last, label.end);
    }
  });
  doc.accusations.sort((a, b) => a.evidence.start - b.evidence.start);
}

const actVerbs = new CueSet<true>([compilePattern(cues.actVerbs, true)]);

/** "The operation was condemned by members of the EU": the act is the subject, the accuser the agent. */
function condemnedBy(
  doc: Doc,
  tokens: Token[],
  sentence: { start: number; end: number },
  from: number,
  to: number,
  first: number,
  last: number,
): void {
  let by = -1;
  for (let k = last + 1; k < to && k <= last + 3; k++) if ((tokens[k] as Token).lower === "by") by = k;
  if (by < 0) return;
  const byTok = tokens[by] as Token;
  const accuser = mentionsIn(doc, byTok.end, Math.min(sentence.end, byTok.end + 60))[0]?.actor;
  if (!accuser) return;
  // the act opens the clause: a determiner, up to two modifiers and the act's noun, just before the verb
  let act: Act | null = null;
  let actStart = -1;
  for (let k = first - 1; k >= from && k >= first - 7 && !act; k--) {
    act = actAfter(tokens, k, first);
    actStart = k;
  }
  if (!act) return;
  const head = tokens[actStart] as Token;
  if (mentionsIn(doc, head.start, (tokens[first] as Token).start).length > 0) return;
  const told = toldAct(doc, tokens, act, sentence.start, accuser);
  if (!told) return;
  const accused = act.type === "cooperate" ? [told.actor, ...told.targets] : [told.actor];
  const end = (tokens[Math.min(to - 1, by + 1)] as Token).end;
  const agentEnd = mentionsIn(doc, byTok.end, Math.min(sentence.end, byTok.end + 60))[0]?.end ?? end;
  addAccusation(doc, tokens, {
    accuser,
    accused: accused.filter((a) => !sameSide(doc, a, accuser)),
    allegation: { start: head.start, end: (tokens[first - 1] as Token).end },
    evidence: { start: head.start, end: Math.max(end, agentEnd) },
  });
}

/** Cue at token `first`, the act named in tokens [objFrom, objTo), evidence up to offset `end`. */
function accuseDoer(
  doc: Doc,
  tokens: Token[],
  sentence: { start: number; end: number },
  from: number,
  first: number,
  objFrom: number,
  objTo: number,
  end: number,
): void {
  const head = tokens[first] as Token;
  if (tokens.slice(Math.max(from, first - 2), objTo).some((t) => t.lower === "not" || t.lower === "n't")) return;
  // the object names an actor: the verb and label finders' case
  if (mentionsIn(doc, head.end, end).length > 0) return;
  const act = actAfter(tokens, objFrom, objTo) ?? pointedAct(tokens, from, first, objFrom);
  if (!act) return;
  const participle = head.lower.endsWith("ing") && tokens[first - 1]?.lower === ",";
  const subject = participle ? null : subjectBefore(doc, sentence.start, head.start);
  const accuser = subject?.actor ?? mainSubject(doc, tokens, sentence, from, first);
  if (!accuser) return;
  // the act was told in an earlier sentence: "met with X, where he denounced the agreement" points elsewhere
  const told = toldAct(doc, tokens, act, sentence.start, accuser);
  if (!told) return;
  const accused = act.type === "cooperate" ? [told.actor, ...told.targets] : [told.actor];
  const start =
    subject && subject.start >= sentence.start && head.start - subject.end < 60 ? subject.start : head.start;
  addAccusation(doc, tokens, {
    accuser,
    accused: accused.filter((a) => !sameSide(doc, a, accuser)),
    allegation: { start: head.end, end },
    evidence: { start, end },
  });
}

const POINTERS = new Set(["it", "this"]);
/** Words a participle's clause may reach back over to the act it points to: "condemned the attack in Baghdad, calling it ...". */
const POINTER_REACH = 6;

/**
 * "spoke out against the attack, calling it an aggression", "condemned the
 * agreement, describing it as void": an "it" or "this" as the object of a
 * participle after a comma points back to the act named just before that
 * comma (its noun within a few words of it), read as a determiner, up to four
 * modifiers and an act noun.
 */
function pointedAct(tokens: Token[], from: number, first: number, objFrom: number): Act | null {
  if (objFrom !== first + 1 || !POINTERS.has(tokens[objFrom]?.lower ?? "")) return null;
  if (tokens[first - 1]?.lower !== ",") return null;
  for (let k = first - 2; k >= from && k >= first - 1 - POINTER_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    const type = ACT_TYPE.get(t.lower);
    if (!type) continue;
    for (let d = k - 1; d >= from && d >= k - 5; d--) {
      const w = tokens[d] as Token;
      if (ANAPHORIC.has(w.lower)) return { type, modifiers: tokens.slice(d + 1, k).map((x) => x.lower) };
      if (w.punct && w.lower !== "-") return null;
    }
    return null;
  }
  return null;
}

interface Act {
  type: string;
  modifiers: string[];
}

/** "the attack", "the border agreement": a determiner, up to two modifiers and an act noun. */
function actAfter(tokens: Token[], i: number, stop: number): Act | null {
  const det = tokens[i];
  if (!det || !ANAPHORIC.has(det.lower)) return null;
  for (let k = i + 1; k < stop && k <= i + 3; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return null;
    const type = ACT_TYPE.get(t.lower);
    if (type) return { type, modifiers: tokens.slice(i + 1, k).map((x) => x.lower) };
  }
  return null;
}

/** The latest act of the kind told before `pos` (the cue's sentence) by someone not on the accuser's side. */
function toldAct(doc: Doc, tokens: Token[], act: Act, pos: number, accuser: string): Response | null {
  const stems = act.modifiers.filter((w) => w.length >= 4).map((w) => w.slice(0, 5));
  const acts = toldActs(doc);
  for (let k = acts.length - 1; k >= 0; k--) {
    const r = acts[k] as Response;
    if (r.type !== act.type || r.evidence.start >= pos || sameSide(doc, r.actor, accuser)) continue;
    if (stems.length && !stems.some((stem) => sentenceHas(doc, tokens, r.evidence.start, stem))) continue;
    return r;
  }
  return null;
}

function sentenceHas(doc: Doc, tokens: Token[], pos: number, stem: string): boolean {
  const s = doc.sentences.findIndex((x) => x.start <= pos && pos < x.end);
  if (s < 0) return false;
  const [from, to] = sentenceRange(tokens, s);
  for (let k = from; k < to; k++) if ((tokens[k] as Token).lower.startsWith(stem)) return true;
  return false;
}
