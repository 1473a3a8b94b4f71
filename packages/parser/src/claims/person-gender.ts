import { firstNameGender, type Gender, honorifics, pronounGender } from "../entities/lexicon.js";
import type { ClaimContext } from "./context.js";

// per article: actor id -> the gender its name or honorific shows (null when unknown)
const cache = new WeakMap<ClaimContext, Map<string, Gender | null>>();

/**
 * The gender a person actor is known by: what the actor stage learned from its
 * names, honorifics and descriptions when it knows; else the first name here
 * ("Kim Kardashian" f), else an honorific before one of its mentions ("Mr. Pierce" m).
 * Null when nothing tells, so an unknown person still fits any pronoun.
 */
export function personGender(ctx: ClaimContext, actor: string): Gender | null {
  let known = cache.get(ctx);
  if (!known) {
    known = new Map();
    cache.set(ctx, known);
  }
  if (known.has(actor)) return known.get(actor) ?? null;
  const learned = ctx.doc.actorGender?.get(actor);
  if (learned) {
    known.set(actor, learned);
    return learned;
  }
  const a = ctx.doc.actors.find((x) => x.id === actor);
  let g: Gender | null = null;
  if (a) g = firstNameGender.get(a.name.split(" ")[0] ?? "") ?? honorificGender(ctx, actor);
  known.set(actor, g);
  return g;
}

/** The gender a third-person pronoun requires ("he" m, "she" f), null for "they". */
export function pronounGenderOf(word: string): Gender | null {
  return pronounGender.get(word) ?? null;
}

function honorificGender(ctx: ClaimContext, actor: string): Gender | null {
  for (const m of ctx.mentions) {
    if (m.actor !== actor || m.via === "pronoun") continue;
    const before = /(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 8), m.start))?.[1];
    const g = before ? honorifics.get(before) : undefined;
    if (g) return g;
  }
  return null;
}
