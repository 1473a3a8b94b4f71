import { firstStartingAt } from "../first-starting-at.js";
import type { ActorKind, Mention, Span } from "../model.js";

/** Mentions lying inside a span, in text order. */
export function mentionsIn(mentions: Mention[], span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAt(mentions, span.start); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}

// how far back a pronoun or description may look for its actor
const LOOKBACK = 400;

/** The closest mention ending before `offset` whose kind is allowed. */
export function mentionBefore(mentions: Mention[], offset: number, kinds: ReadonlySet<ActorKind>): Mention | null {
  return mentionBeforeWhere(mentions, offset, (m) => kinds.has(m.kind));
}

/** The closest mention ending before `offset` that `fits`. */
export function mentionBeforeWhere(mentions: Mention[], offset: number, fits: (m: Mention) => boolean): Mention | null {
  const from = firstStartingAt(mentions, offset) - 1;
  for (let i = from, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const m = mentions[i] as Mention;
    if (m.end <= offset && fits(m)) return m;
  }
  return null;
}

// how many mentions back the last mention of a pronoun's actor is looked for
const ACTOR_LOOKBACK = 60;

/** The last mention of `actor` ending before `offset`, within the look-back; by name only when `named`. */
export function lastMentionOf(mentions: Mention[], actor: string, offset: number, named = false): Mention | null {
  for (let i = firstStartingAt(mentions, offset) - 1, n = 0; i >= 0 && n < ACTOR_LOOKBACK; i--, n++) {
    const m = mentions[i] as Mention;
    if (m.actor === actor && m.end <= offset && !(named && m.via === "pronoun")) return m;
  }
  return null;
}
