import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { type ActorMention, mentionsIn, subjectBefore } from "./actor-roles.js";
import { isPassive } from "./clause-words.js";
import type { CueMatch } from "./cue-patterns.js";
import { PROPOSAL_NOUNS, type ResponseCue } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

export interface Endorsement {
  actor: string;
  targets: string[];
  evidence: Span;
}

/**
 * Backing someone's call or proposal: "The call was quickly seconded by
 * Merkel" (the agent backs the caller) and "Merkel seconded Macron's
 * recommendation" (the subject backs the possessor). The one backed is the
 * proposal's possessor, else whoever the story last told making a demand.
 */
export function endorsement(
  doc: Doc,
  tokens: Token[],
  sentence: Span,
  from: number,
  to: number,
  m: CueMatch<ResponseCue>,
): Endorsement | null {
  const head = tokens[m.first] as Token;
  const last = tokens[m.last] as Token;
  if (last.lower === "by") {
    if (!isPassive(tokens, m.first, from)) return null;
    const noun = proposalBefore(tokens, m.first, from);
    if (noun < 0) return null;
    const agent = agentAt(doc, tokens, m.last + 1, to);
    if (!agent) return null;
    const owner = ownerOf(doc, tokens, noun, sentence.start) ?? lastCaller(doc, head.start, agent.actor);
    if (!owner) return null;
    const start = (tokens[Math.max(from, leftEdge(tokens, noun, from))] as Token).start;
    return { actor: agent.actor, targets: [owner], evidence: { start, end: agent.end } };
  }
  const subject = subjectBefore(doc, sentence.start, head.start);
  if (!subject) return null;
  const owner = ownerOf(doc, tokens, m.last, sentence.start, head.end) ?? lastCaller(doc, head.start, subject.actor);
  if (!owner || owner === subject.actor) return null;
  const start = subject.start >= sentence.start && head.start - subject.end < 120 ? subject.start : head.start;
  return { actor: subject.actor, targets: [owner], evidence: { start, end: last.end } };
}

/** Index of a proposal noun within the five words before the cue ("The call was quickly seconded"), or -1. */
function proposalBefore(tokens: Token[], cue: number, from: number): number {
  for (let k = cue - 1; k >= from && k >= cue - 5; k--) {
    const t = tokens[k] as Token;
    if (t.punct) return -1;
    if (PROPOSAL_NOUNS.has(t.lower)) return k;
  }
  return -1;
}

/** "Macron's recommendation": the name owning the proposal noun at `noun` (searched from `floor`). */
function ownerOf(doc: Doc, tokens: Token[], noun: number, sentenceStart: number, floor = sentenceStart): string | null {
  const n = tokens[noun] as Token;
  const owner = mentionsIn(doc, Math.max(floor, sentenceStart), n.start).at(-1);
  if (!owner) return null;
  return /^\s*['’]s?\s*(?:\p{L}+\s+)?$/u.test(doc.text.slice(owner.end, n.start)) ? owner.actor : null;
}

/** The actor of the story's last demand before `pos`, other than the backer. */
function lastCaller(doc: Doc, pos: number, backer: string): string | null {
  const call = [...doc.responses].reverse().find((r) => r.type === "demand" && r.evidence.start < pos);
  return call && call.actor !== backer ? call.actor : null;
}

/** The first actor named right after "by" (within a few characters). */
function agentAt(doc: Doc, tokens: Token[], i: number, to: number): ActorMention | null {
  const next = tokens[i];
  if (!next || i >= to) return null;
  const m = mentionsIn(doc, next.start, (tokens[to - 1] as Token).end)[0];
  return m && m.start - next.start < 40 ? m : null;
}

/** The start of the noun phrase holding the proposal noun ("The call"). */
function leftEdge(tokens: Token[], noun: number, from: number): number {
  let k = noun;
  while (k > from && noun - k < 3 && !(tokens[k - 1] as Token).punct) k--;
  return k;
}
