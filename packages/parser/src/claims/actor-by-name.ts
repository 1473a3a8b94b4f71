import type { Actor, ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";

// how far back the latest mention of a candidate actor is looked for
const LOOKBACK = 400;

const lastWords = new WeakMap<ClaimContext, Map<string, Actor[]>>();

/** The doc's actors by the last word of each of their names and aliases (lower case), in the doc's order; built once per article. */
function byLastWord(ctx: ClaimContext): Map<string, Actor[]> {
  let map = lastWords.get(ctx);
  if (map) return map;
  map = new Map();
  for (const a of ctx.doc.actors) {
    for (const n of new Set([a.name, ...a.aliases].map((x) => x.toLowerCase().replace(/’/g, "'").split(/\s+/).pop()))) {
      if (n === undefined) continue;
      const list = map.get(n);
      if (list) list.push(a);
      else map.set(n, [a]);
    }
  }
  lastWords.set(ctx, map);
  return map;
}

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
  for (const a of byLastWord(ctx).get(w) ?? []) if (!kinds || kinds.has(a.kind)) fits.add(a.id);
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
