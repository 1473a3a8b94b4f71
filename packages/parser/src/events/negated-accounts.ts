import lexicon from "../../data/denial-cues.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Claim } from "../model.js";
import { closelyTied, mentionsIn } from "./actor-roles.js";
import { addDenial } from "./add-denial.js";
import { emphaticNegation, quotedSelf } from "./emphatic-negation.js";
import { ownedSubject, subjectOpening } from "./owned-subject.js";
import { allegedWords } from "./passive-accused.js";
import { type Token, tokenIndexAt } from "./tokens.js";
import { uninvolvedAt } from "./uninvolved-subject.js";

// '"I did not steal anything," Varga said' after Varga was accused of
// stealing: the accused, speaking of itself, says it did not do what it is
// accused of. Words alone cannot tell a denial from any negated statement ("I
// did not expect this"), so the negated verb phrase must share a word with
// what the speaker was accused of, or else the negation be emphatic and of a
// deed or a saying (emphatic-negation.ts).

const SELF = new Set(lexicon.selfSubjects);
const INSISTING = new Set(lexicon.insistingCues);
const QUOTE_MARKS = new Set(['"', "“", "”"]);
const NEGATED = new Set(lexicon.selfNegators);
const SKIP = new Set(lexicon.allegationStopWords);
const RELATIVES = new Set(["that", "which", "who", "whom"]);
/** How far after the subject the negation may stand ("I have never", "we did absolutely not"). */
const NEGATION_REACH = 4;
/** How far after the negation the shared word may stand. */
const WORD_REACH = 8;

export function negatedAccounts(doc: Doc, tokens: Token[]): void {
  for (const c of doc.claims) {
    const speaker = c.speaker;
    if (!speaker) continue;
    const alleged = allegedWords(doc, speaker, c.content.start);
    const from = tokenIndexAt(tokens, c.content.start);
    const to = tokenIndexAt(tokens, c.content.end);
    // '"This is a witch hunt. I never said that," he said': a quote's every sentence speaks for the speaker
    for (let open = from; open < to; ) {
      let close = open + 1;
      while (close < to && (tokens[close] as Token).sentence === (tokens[open] as Token).sentence) close++;
      negatedAt(doc, tokens, c, speaker, alleged, open, close);
      if (c.kind === "indirect") break;
      open = close;
    }
  }
}

/** The negated account in the sentence of the claim's content that spans tokens [from, to). */
function negatedAt(
  doc: Doc,
  tokens: Token[],
  c: Claim,
  speaker: string,
  alleged: string[],
  from: number,
  to: number,
): void {
  const subject = selfSubject(doc, tokens, from, to, speaker, c.kind === "direct");
  if (subject < 0) return;
  let neg = -1;
  for (let k = subject + 1; k < to && k <= subject + NEGATION_REACH; k++) {
    const t = tokens[k] as Token;
    // 'she was "never pressured"': a quote mark may open the negated words
    if (t.punct && !QUOTE_MARKS.has(t.lower)) break;
    if (NEGATED.has(t.lower)) {
      neg = k;
      break;
    }
  }
  // "I became something that no president should want": the negation is the relative clause's, not the speaker's
  if (neg < 0 || RELATIVES.has(tokens[neg - 1]?.lower ?? "")) return;
  let hit = -1;
  for (let k = neg + 1; k < to && k <= neg + WORD_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.punct && t.lower !== '"') break;
    if (!t.punct && t.lower.length >= 4 && !SKIP.has(t.lower) && alleged.some((a) => sharesStem(a, t.lower))) {
      hit = k;
      break;
    }
  }
  // "Moscow had never been involved": no part in the act, whatever the allegation's words
  const part = hit < 0 && alleged.length > 0 ? uninvolvedAt(tokens, neg, to) : -1;
  if (part >= 0 && (c.kind !== "indirect" || pronounFits(doc, (tokens[subject] as Token).lower, speaker))) hit = part;
  else if (hit < 0) {
    emphaticDenial(doc, tokens, c, speaker, subject, neg, to, alleged.length > 0);
    return;
  }
  // up to the end of the negated clause: "I did not steal anything"
  let end = hit;
  while (end + 1 < to && !(tokens[end + 1] as Token).punct) end++;
  const evidence = { start: (tokens[subjectOpening(tokens, subject)] as Token).start, end: (tokens[end] as Token).end };
  addDenial(doc, speaker, null, evidence);
}

/**
 * "I never said that", "I never threaten anybody", or, from one accused
 * before, "I put no pressure on them": an emphatic negation of the speaker's
 * own saying or deed.
 */
function emphaticDenial(
  doc: Doc,
  tokens: Token[],
  c: Claim,
  speaker: string,
  subject: number,
  neg: number,
  to: number,
  accused: boolean,
): void {
  const word = (tokens[subject] as Token).lower;
  // "insisted she was never pressured", "stressed she did not send any": a counter-assertion of the speaker's own deed
  const insisting = insistingCue(tokens, c);
  const reported = c.kind === "indirect" || (insisting && c.kind === "partial");
  if (reported ? !pronounFits(doc, word, speaker) : !quotedSelf(word)) return;
  const found =
    emphaticNegation(tokens, subject, neg, to) ?? (insisting ? emphaticNegation(tokens, subject, neg, to, true) : null);
  if (!found || !(found.saying || found.doubled || accused || insisting)) return;
  if (found.saying && litotes(tokens, neg, found.end)) return;
  addDenial(doc, speaker, null, {
    start: (tokens[subjectOpening(tokens, subject)] as Token).start,
    end: (tokens[found.end] as Token).end,
  });
}

const COMPLEMENT_NEGATORS = new Set(lexicon.complementNegators);

/**
 * "We never said there were no people there": a negated saying whose own
 * words hold a negation owns up to the thing by denying its opposite, a
 * correction of how the speaker's line was put, not a denial.
 */
function litotes(tokens: Token[], neg: number, end: number): boolean {
  for (let k = neg + 2; k <= end; k++) if (COMPLEMENT_NEGATORS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** The claim's cue holds a verb of insisting or countering ("insisted", "maintained", "stressed", "countered"). */
function insistingCue(tokens: Token[], c: Claim): boolean {
  for (let k = tokenIndexAt(tokens, c.cue.start); k < tokens.length && (tokens[k] as Token).start < c.cue.end; k++)
    if (INSISTING.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** "authorities say he never ...": "he" and "she" stand for a person speaking, "it" for a body. */
function pronounFits(doc: Doc, word: string, speaker: string): boolean {
  if (!PERSONAL.has(word) && word !== "it") return true;
  const kind = actorKind(doc, speaker);
  return PERSONAL.has(word) ? kind === "person" : kind !== "person";
}
const PERSONAL = new Set(["he", "she"]);

/** Index of the content's subject (its last word) when it is the speaker itself ("I", "we", "he", the speaker's name) or owned by it ("her group"), else -1. */
function selfSubject(doc: Doc, tokens: Token[], from: number, to: number, speaker: string, quoted: boolean): number {
  let k = from;
  if (tokens[k]?.lower === "that") k++;
  const t = tokens[k];
  if (!t || k >= to) return -1;
  if (SELF.has(t.lower)) return k;
  // "her group never worked with Manafort": what the speaker owns speaks for it
  const owned = ownedSubject(doc, tokens, k, to, speaker, quoted);
  if (owned >= 0) return owned;
  const m = mentionsIn(doc, t.start, (tokens[Math.min(to - 1, k + 3)] as Token).end)[0];
  if (!m || m.start !== t.start || !closelyTied(doc, m.actor, speaker)) return -1;
  return tokenIndexAt(tokens, m.end) - 1;
}

/**
 * "stealing" and "steal", "bribes" and "bribing": a common opening of four
 * letters or more that leaves at most two letters of the shorter word
 * ("intend" and "interview" share only "inte").
 */
function sharesStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k >= 4 && k >= n - 2;
}
