import type { Doc } from "../doc.js";
import type { Span } from "../model.js";
import { stableId } from "../stable-id.js";

/**
 * Records a denial unless one already stands on overlapping words: the denial finders
 * (explicit denials, dismissals, labels, own accounts) run one after another over the
 * same sentences, and the first to claim the words keeps them.
 */
export function addDenial(doc: Doc, denier: string, denied: Span | null, evidence: Span): void {
  if (doc.denials.some((d) => d.evidence.start < evidence.end && evidence.start < d.evidence.end)) return;
  doc.denials.push({
    id: stableId(`denial:${evidence.start}:${evidence.end}`),
    denier,
    denied,
    evidence,
    respondsTo: null,
  });
}
