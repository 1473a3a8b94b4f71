import type { Actor, ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";

// how far back the latest mention of a candidate actor is looked for
const LOOKBACK = 400;

const lastWords = new WeakMap<ClaimContext, Map<string, Actor[]>>();

const SPACE = /\s/;

/** A name's last word, lower case ("" when it ends in a space): what `split(/\s+/).pop()` gives. */
function lastWord(name: string): string {
  let i = name.length;
  while (i > 0) {
    const c = name.charCodeAt(i - 1);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(name[i - 1] as string))) break;
    i--;
  }
  const word = name.slice(i).toLowerCase();
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/** The doc's actors by the last word of each of their names and aliases (lower case), in the doc's order; built once per article. */
function byLastWord(ctx: ClaimContext): Map<string, Actor[]> {
  let map = lastWords.get(ctx);
  if (map) return map;
  map = new Map();
  for (const a of ctx.doc.actors) {
    for (const n of new Set([a.name, ...a.aliases].map(lastWord))) {
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
