import type { Doc } from "../doc.js";
import { categoryIn } from "../events/accusation-lexicon.js";
import { closelyTied, sameSide } from "../events/actor-roles.js";
import { docTokens, tokenIndexAt } from "../events/tokens.js";
import type { Accusation, Denial } from "../model.js";

/**
 * A denial answers the accusation against the denier: the one in the same
 * category when the denied words name one, else the nearest before it (or,
 * failing that, after it). Accusations naming the denier itself come first,
 * then those against one it acts for or that acts for it ("Putin denied the
 * allegations" answers what was said of Putin, not a nearer charge against
 * Russia); only when there are none does one against someone merely of the
 * same side stand in, since a rival compatriot's accusation is not what
 * "Biden denied the allegations" answers.
 */
export function linkDenials(doc: Doc): void {
  const tokens = docTokens(doc);
  // the accusations against a denier are the same for each of its denials: read once a denier
  // (every denial against every accusation, with a walk of the actors for each pair, was
  // quadratic in a story of many of both)
  const againstDenier = new Map<string, Accusation[]>();
  for (const d of doc.denials) {
    if (d.respondsTo) continue;
    let against = againstDenier.get(d.denier);
    if (!against) {
      against = accusationsAgainst(doc, d.denier);
      againstDenier.set(d.denier, against);
    }
    if (against.length === 0) continue;
    const category = d.denied
      ? categoryIn(tokens, tokenIndexAt(tokens, d.denied.start), tokenIndexAt(tokens, d.denied.end))
      : undefined;
    const pool = category ? against.filter((a) => a.category === category) : [];
    d.respondsTo = pick(pool.length ? pool : against, d)?.id ?? null;
  }
}

/** The accusations naming the denier itself, else one it acts for or that acts for it, else its side. */
function accusationsAgainst(doc: Doc, denier: string): Accusation[] {
  const ties = [
    (x: string) => x === denier,
    (x: string) => closelyTied(doc, x, denier),
    (x: string) => sameSide(doc, x, denier),
  ];
  for (const tie of ties) {
    const pool = doc.accusations.filter((a) => a.accused.some(tie));
    if (pool.length > 0) return pool;
  }
  return [];
}

function pick<T extends { evidence: { start: number } }>(items: T[], d: Denial): T | null {
  const before = items.filter((a) => a.evidence.start <= d.evidence.start);
  return before.at(-1) ?? items[0] ?? null;
}
