import type { Doc } from "../doc.js";
import type { Accusation, Span } from "../model.js";
import { stableId } from "../stable-id.js";
import { categoryIn } from "./accusation-lexicon.js";
import { mentionsIn, sameSide, subjectBefore } from "./actor-roles.js";
import { REPORTING } from "./clause-words.js";
import { type Token, tokenIndexAt } from "./tokens.js";

export interface AccusationDraft {
  accuser: string;
  accused: string[];
  allegation: Span | null;
  evidence: Span;
  /** Used for the category when the allegation names none. */
  context?: Span;
}

/** Adds an accusation unless one with the same accuser and accused already covers these words. */
export function addAccusation(doc: Doc, tokens: Token[], d: AccusationDraft): void {
  const accused = d.accused.filter((a) => a !== d.accuser);
  if (accused.length === 0) return;
  // evidence stays inside one sentence even when the accuser was found before it
  const sentence = doc.sentences.find((s) => s.start < d.evidence.end && d.evidence.end <= s.end);
  if (sentence && d.evidence.start < sentence.start) d.evidence = { start: sentence.start, end: d.evidence.end };
  // one statement found twice (as a reported finding and as a claim, or for each of
  // "the EU and U.K.") is one accusation
  const dup = doc.accusations.some(
    (a) =>
      a.evidence.start < d.evidence.end &&
      d.evidence.start < a.evidence.end &&
      a.accused.some((x) => accused.some((y) => sameSide(doc, x, y))),
  );
  if (dup) return;
  const category = categoryOf(tokens, d.allegation) ?? categoryOf(tokens, d.context ?? d.evidence) ?? null;
  const acc: Accusation = {
    id: stableId(`accusation:${d.evidence.start}:${d.evidence.end}:${d.accuser}`),
    accuser: d.accuser,
    accused,
    allegation: d.allegation,
    category,
    evidence: d.evidence,
    date: null,
  };
  doc.accusations.push(acc);
}

function categoryOf(tokens: Token[], span: Span | null): string | undefined {
  if (!span) return undefined;
  return categoryIn(tokens, tokenIndexAt(tokens, span.start), tokenIndexAt(tokens, span.end));
}

/**
 * The clause's main subject, for a participle or an adjective that has none of
 * its own ("..., blaming Washington"): the subject of the sentence's first
 * reporting verb, else the sentence's first actor.
 */
export function mainSubject(doc: Doc, tokens: Token[], sentence: Span, from: number, before: number): string | null {
  for (let k = from; k < before; k++) {
    const t = tokens[k] as Token;
    if (REPORTING.has(t.lower)) {
      const s = subjectBefore(doc, sentence.start, t.start);
      if (s) return s.actor;
      break;
    }
  }
  const end = (tokens[before] as Token | undefined)?.start ?? sentence.end;
  return mentionsIn(doc, sentence.start, end).find((m) => !datelineCredit(doc.text, m))?.actor ?? null;
}

/** "New York (AFP) – Biden ...", "WASHINGTON, June 24 (UPI) — Clinton ...": the agency credited in a dateline acts in no clause. */
function datelineCredit(text: string, m: Span): boolean {
  return text.charAt(m.start - 1) === "(" && /^\)\s*[—–-]/.test(text.slice(m.end, m.end + 4));
}
