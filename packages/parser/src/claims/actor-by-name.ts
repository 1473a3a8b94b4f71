import type { ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";

// how far back the latest mention of a candidate actor is looked for
const LOOKBACK = 400;

/**
 * Actors whose name or alias ends with `word` ("Rebic" → Vladimir Rebic,
 * "police" → Northamptonshire Police), for speaker phrases the entity stage
 * left without a mention. When several fit, the one mentioned last before
 * `offset` wins.
 */
export function actorEndingWith(
  ctx: ClaimContext,
  word: string,
  offset: number,
  kinds?: ReadonlySet<ActorKind>,
): string | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w.length < 3) return null;
  const fits = new Set<string>();
  for (const a of ctx.doc.actors) {
    if (kinds && !kinds.has(a.kind)) continue;
    for (const n of [a.name, ...a.aliases]) {
      const last = n.toLowerCase().replace(/’/g, "'").split(/\s+/).pop();
      if (last === w) {
        fits.add(a.id);
        break;
      }
    }
  }
  if (fits.size === 0) return null;
  if (fits.size === 1) return [...fits][0] ?? null;
  const ms = ctx.mentions;
  let i = ms.length - 1;
  while (i >= 0 && (ms[i] as Mention).start >= offset) i--;
  for (let n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const actor = (ms[i] as Mention).actor;
    if (actor && fits.has(actor)) return actor;
  }
  return null;
}
