import { firstStartingAt } from "../first-starting-at.js";
import type { Span } from "../model.js";
import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { ANSWER_PRONOUN_SOURCES, INTERVIEWER_LABELS } from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import { personLabelled, speakerNamed } from "./transcript-lines.js";

// "((WN))  How did you start?" / "((Jane Doe))  I was born in ...": the transcript's turn label
const PAREN_LABEL = /^\(\(\s*([^()\n]{1,40}?)\s*\)\)[ \t]*/;
// "Jane Doe: I was born ...", "JD: ..." in a transcript that also has "((...))" labels
const COLON_LABEL = /^([\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}):[ \t]+/u;
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|me|my|we|our|us)(?=[^\p{L}]|$)/u;

const MIN_LINE_WORDS = 4;

interface Line {
  start: number;
  end: number;
  /** The turn label's text and span, when the line opens with one. */
  label: string | null;
  labelSpan: Span | null;
  /** Where the line's words start after the label. */
  bodyStart: number;
}

interface Turn {
  line: Line;
  /** The answer's speaker, null for a question or an unresolved answerer. */
  speaker: string | null;
  question: boolean;
  labelSpan: Span;
}

export interface InterviewTurns {
  drafts: ClaimDraft[];
  /** Lines of the transcript (questions and answers), in text order. */
  lines: Span[];
}

const NONE: InterviewTurns = { drafts: [], lines: [] };

/**
 * Question-and-answer transcripts ("((WN)) What prompted you ...?" then
 * "((Jane Doe)) I have always ..."): each answer line is a direct claim of
 * the person its label names, and the unlabelled lines that follow an answer
 * before the next turn go on with it. The asker's lines are questions, not
 * claims. A transcript is a text with at least one "((label))" line.
 */
export function findInterviewTurns(ctx: ClaimContext): InterviewTurns {
  const { text } = ctx;
  if (!text.includes("((")) return NONE;
  const lines = splitLines(text);
  if (!lines.some((l) => l.label !== null && text.startsWith("((", l.start))) return NONE;

  // a label is the asker's when it is one of the asker's names or most of its lines end in a question mark
  const asked = new Map<string, { lines: number; questions: number }>();
  for (const l of lines) {
    if (!l.label) continue;
    const k = l.label.toLowerCase();
    const s = asked.get(k) ?? { lines: 0, questions: 0 };
    s.lines++;
    if (text.slice(l.start, l.end).trimEnd().endsWith("?")) s.questions++;
    asked.set(k, s);
  }
  const isAsker = (label: string) => {
    const k = label.toLowerCase();
    const s = asked.get(k) as { lines: number; questions: number };
    return INTERVIEWER_LABELS.has(k) || s.questions * 2 > s.lines;
  };
  const answerers = new Map<string, string | null>();
  for (const l of lines)
    if (l.label && l.labelSpan && !isAsker(l.label) && !answerers.has(l.label.toLowerCase()))
      answerers.set(
        l.label.toLowerCase(),
        text.startsWith("((", l.start) ? speakerNamed(ctx, l.labelSpan) : personLabelled(ctx, l.label),
      );
  // a colon label must be a person's name or initials (or an asker's name) that labels two lines
  // or more: "Update: ...", a caption's "Jane Doe Image: ..." are no turns
  const colonLines = new Map<string, number>();
  for (const l of lines) {
    if (!l.label || text.startsWith("((", l.start)) continue;
    const who = isAsker(l.label) ? l.label.toLowerCase() : personLabelled(ctx, l.label);
    if (who) colonLines.set(who, (colonLines.get(who) ?? 0) + 1);
  }
  for (const l of lines)
    if (
      l.label &&
      !text.startsWith("((", l.start) &&
      ((colonLines.get(isAsker(l.label) ? l.label.toLowerCase() : (personLabelled(ctx, l.label) ?? "")) ?? 0) < 2 ||
        wordCount(text, l.bodyStart, l.end) < MIN_LINE_WORDS)
    ) {
      l.label = null;
      l.labelSpan = null;
      l.bodyStart = l.start;
    }
  const soleAnswerer = new Set([...answerers.values()].filter((v) => v !== null));

  const turns: Turn[] = [];
  let lastLabelled = -1;
  lines.forEach((l, i) => {
    if (l.label) lastLabelled = i;
  });
  let current: Turn | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.label && l.labelSpan) {
      const question = isAsker(l.label);
      current = {
        line: l,
        question,
        speaker: question ? null : (answerers.get(l.label.toLowerCase()) ?? null),
        labelSpan: l.labelSpan,
      };
      turns.push(current);
      continue;
    }
    // a line of a few words is a signature or caption ("—Jane Doe"), not part of a turn
    if (!current || wordCount(text, l.start, l.end) < MIN_LINE_WORDS) continue;
    const inside = i < lastLabelled;
    if (current.question) {
      // an unlabelled reply to a question, when the transcript has one answerer only
      const sole = [...soleAnswerer][0] as string;
      if (!inside || soleAnswerer.size !== 1 || mentionsIn(ctx.mentions, l).some((m) => m.actor === sole)) {
        current = null;
        continue;
      }
      current = { line: l, question: false, speaker: sole, labelSpan: current.labelSpan };
      turns.push(current);
      continue;
    }
    // after the last labelled turn, only first-person lines still go on with the answer; a line
    // naming the answerer is the story's narrative about them ("Having won ..., Doe decided")
    if (
      (!inside && !FIRST_PERSON.test(text.slice(l.start, l.end))) ||
      mentionsIn(ctx.mentions, l).some((m) => m.actor === current?.speaker)
    ) {
      current = null;
      continue;
    }
    turns.push({ ...current, line: l });
  }

  const drafts: ClaimDraft[] = [];
  for (const t of turns) {
    if (t.question || t.speaker === null) continue;
    const content = { start: t.line.bodyStart, end: t.line.end };
    if (content.end - content.start < 2) continue;
    drafts.push({
      speaker: t.speaker,
      source: t.labelSpan,
      cue: t.labelSpan,
      content,
      kind: "direct",
      cueToken: firstStartingAt(ctx.tokens, t.labelSpan.start),
      lastToken: firstStartingAt(ctx.tokens, content.end) - 1,
    });
  }
  return { drafts, lines: turns.map((t) => ({ start: t.line.start, end: t.line.end })) };
}

/**
 * Drops the claims found by cue words inside a transcript's lines that have
 * no speaker or a pronoun for source ("I think ...", "you said ...", "they
 * tell us ..."): the answer's own claim covers them, a pronoun there is
 * resolved against the story rather than the answer, and a question is no one's claim.
 */
export function dropInsideTurns(ctx: ClaimContext, turns: InterviewTurns, drafts: ClaimDraft[]): ClaimDraft[] {
  if (turns.lines.length === 0) return drafts;
  const own = new Set(turns.drafts);
  return drafts.filter((d) => {
    if (own.has(d)) return true;
    const i = firstStartingAt(turns.lines, d.content.start + 1) - 1;
    const line = turns.lines[i];
    if (!line || d.content.start >= line.end) return true;
    if (d.speaker === null) return false;
    const source = d.source ? ctx.text.slice(d.source.start, d.source.end).toLowerCase() : "";
    return !ANSWER_PRONOUN_SOURCES.has(source);
  });
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start, inWord = false; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let s = start;
    while (s < end && (text[s] === " " || text[s] === "\t")) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) {
      const rest = text.slice(s, e);
      const m = PAREN_LABEL.exec(rest) ?? COLON_LABEL.exec(rest);
      const label = m ? (m[1] as string) : null;
      const labelStart = m ? s + rest.indexOf(label as string) : s;
      out.push({
        start: s,
        end: e,
        label,
        labelSpan: m ? { start: labelStart, end: labelStart + (label as string).length } : null,
        bodyStart: m ? s + m[0].length : s,
      });
    }
    start = end + 1;
  }
  return out;
}
