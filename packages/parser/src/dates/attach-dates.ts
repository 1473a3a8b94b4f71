import type { Doc } from "../doc.js";
import type { DateExpression, ResolvedDate, Span } from "../model.js";

/**
 * Gives each response and accusation the date told in its own sentence: the
 * expression nearest its evidence, preferring one in the same clause (no ";"
 * between them).
 */
export function attachDates(doc: Doc): void {
  if (doc.dates.length === 0) return;
  for (const r of doc.responses) r.date = r.date ?? dateFor(doc, r.evidence);
  for (const a of doc.accusations) a.date = a.date ?? dateFor(doc, a.evidence);
}

function dateFor(doc: Doc, evidence: Span): ResolvedDate | null {
  const sentence = doc.sentences.find((s) => s.start <= evidence.start && evidence.start < s.end);
  if (!sentence) return null;
  let best: DateExpression | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const d of doc.dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    const gap = d.end <= evidence.start ? evidence.start - d.end : d.start >= evidence.end ? d.start - evidence.end : 0;
    const between = doc.text.slice(Math.min(d.end, evidence.end), Math.max(d.start, evidence.start));
    // a date told before the cue: before the evidence, or inside it within the subject's words
    const inside = d.start >= evidence.start && d.end <= evidence.end;
    const lead = d.end <= evidence.start ? between : inside ? doc.text.slice(d.end, evidence.end) : null;
    // "On Wednesday, ministers denounced the deal in which Turkey and Libya agreed": not the agreement's date
    if (lead !== null && opensClauseIn(lead)) continue;
    // "X, a candidate for the election to be held on August 9, held a rally": the date is the aside's
    const aside = !!lead?.includes(",") && embedded(doc.text, sentence.start, d.start);
    const cost = gap + (between.includes(";") ? 1000 : 0) + (aside ? 500 : 0);
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  }
  return best ? { value: best.value, text: { start: best.start, end: best.end } } : null;
}

const RELATIVE = /\b(?:which|who|whom|whose|where)\b/gi;
const EMBEDDING = /\b(?:which|who|whom|whose|where|when|that|to be)\b/i;

/** A relative clause opens between a date and an event and is still open at the event (no comma after it). */
function opensClauseIn(between: string): boolean {
  let last = -1;
  for (const m of between.matchAll(RELATIVE)) last = m.index ?? last;
  return last >= 0 && !between.slice(last).includes(",");
}

/** The date sits in a relative or infinitive clause begun since the last comma before it. */
function embedded(text: string, sentenceStart: number, dateStart: number): boolean {
  const before = text.slice(sentenceStart, dateStart);
  return EMBEDDING.test(before.slice(before.lastIndexOf(",") + 1));
}
