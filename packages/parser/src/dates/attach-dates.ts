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
    const cost = gap + (between.includes(";") ? 1000 : 0);
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  }
  return best ? { value: best.value, text: { start: best.start, end: best.end } } : null;
}
