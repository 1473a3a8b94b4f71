import type { Actor, Mention, Span } from "../model.js";

interface HasMentions {
  text: string;
  mentions: Mention[];
  actors: Actor[];
}

const VIA_RANK: Record<string, number> = { name: 0, alias: 1, metonym: 2, description: 3, pronoun: 4 };

/** The actor of the innermost mention that covers `offset`, or null. For later stages (claims, events). */
export function actorAt(doc: HasMentions, offset: number): string | null {
  let best: Mention | null = null;
  for (const m of doc.mentions) {
    if (m.start > offset) break;
    if (m.end <= offset || !m.actor) continue;
    if (!best || m.end - m.start < best.end - best.start) best = m;
  }
  return best?.actor ?? null;
}

/**
 * The actor a span of text refers to: the mention that overlaps it most
 * (a name before a metonym, a description or a pronoun), else an actor one
 * of whose aliases the span's text is. Null when nothing fits.
 */
export function resolveReference(doc: HasMentions, span: Span): string | null {
  let best: Mention | null = null;
  let bestOverlap = 0;
  for (const m of doc.mentions) {
    if (m.start >= span.end) break;
    if (!m.actor) continue;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap <= 0) continue;
    const better =
      overlap > bestOverlap ||
      (overlap === bestOverlap && (VIA_RANK[m.via ?? "name"] ?? 0) < (VIA_RANK[best?.via ?? "name"] ?? 0));
    if (better) {
      best = m;
      bestOverlap = overlap;
    }
  }
  if (best) return best.actor;
  const words = doc.text
    .slice(span.start, span.end)
    .replace(/^(the|a|an)\s+/i, "")
    .trim()
    .toLowerCase();
  if (!words) return null;
  return doc.actors.find((a) => a.aliases.some((al) => al.toLowerCase() === words))?.id ?? null;
}

/** The kind of the actor `id` (person, country, ...), or undefined when `id` is null or names no actor. */
export function actorKind(doc: { actors: Actor[] }, id: string | null | undefined): Actor["kind"] | undefined {
  return id == null ? undefined : doc.actors.find((a) => a.id === id)?.kind;
}
