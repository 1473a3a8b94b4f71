// Actor matching as ../shared/eval/score.mjs does it: a predicted actor
// matches the gold actor one of its names normalises to; actors named only
// by an optional name are neither rewarded nor punished.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Actor } from "../../src/model.js";

export const EVAL = join(dirname(fileURLToPath(import.meta.url)), "../../../../../shared/eval");

export interface GoldActor {
  id: string;
  kind: string;
  aliases: string[];
  name?: string;
  affiliation?: string;
}
export interface Gold {
  file: string;
  textFile?: string;
  actors: GoldActor[];
  optionalActors?: string[];
}

export function readGold(path: string): { gold: Gold; text: string; isRecord: boolean } {
  const gold = JSON.parse(readFileSync(path, "utf8")) as Gold;
  const textPath = join(dirname(path), gold.textFile ?? gold.file);
  const raw = readFileSync(textPath, "utf8");
  const isRecord = textPath.endsWith(".json");
  return { gold, text: isRecord ? (JSON.parse(raw) as { text: string }).text : raw, isRecord };
}

/** A gold or predicted actor name as the scorer compares it (case, quotes, articles, "'s", spaces). */
export const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”"]/g, "")
    .replace(/^(the|a|an)\s+/, "")
    .replace(/'s$/, "")
    .replace(/\s+/g, " ")
    .trim();
export const nodots = (s: string) => norm(s).replace(/\./g, "");

export interface ActorScore {
  tp: number;
  predicted: number;
  gold: number;
  kindOk: number;
  affOk: number;
  affN: number;
  matched: number;
  unmatched: string[];
  missed: string[];
}

export function scoreActors(gold: Gold, actors: Actor[]): ActorScore {
  const alias = new Map<string, string>();
  for (const a of gold.actors)
    for (const n of [a.name, a.id, ...a.aliases].filter((x): x is string => !!x)) {
      if (!alias.has(norm(n))) alias.set(norm(n), a.id);
      if (!alias.has(nodots(n))) alias.set(nodots(n), a.id);
    }
  const lookup = (s: string) => alias.get(norm(s)) ?? alias.get(nodots(s));
  const optional = new Set((gold.optionalActors ?? []).flatMap((s) => [norm(s), nodots(s)]));
  const toGold = new Map<string, string>();
  for (const p of actors) {
    const g = lookup(p.name) ?? p.aliases.map(lookup).find(Boolean);
    if (g) toGold.set(p.id, g);
  }
  const isOptional = (p: Actor) => [p.name, ...p.aliases].some((n) => optional.has(norm(n)) || optional.has(nodots(n)));
  const matchedGold = new Set(toGold.values());
  const byId = new Map(gold.actors.map((a) => [a.id, a]));
  let kindOk = 0;
  for (const p of actors) {
    const g = toGold.get(p.id);
    if (g && byId.get(g)?.kind === p.kind) kindOk++;
  }
  let affOk = 0;
  let affN = 0;
  const resolve = (id: string | null) => (id ? (toGold.get(id) ?? lookup(id)) : undefined);
  for (const a of gold.actors) {
    if (!a.affiliation || !matchedGold.has(a.id)) continue;
    affN++;
    if (actors.some((p) => toGold.get(p.id) === a.id && resolve(p.affiliation) === a.affiliation)) affOk++;
  }
  return {
    tp: gold.actors.filter((a) => matchedGold.has(a.id)).length,
    predicted: actors.filter((p) => toGold.has(p.id) || !isOptional(p)).length,
    gold: gold.actors.length,
    kindOk,
    affOk,
    affN,
    matched: toGold.size,
    unmatched: actors.filter((p) => !toGold.has(p.id) && !isOptional(p)).map((p) => p.name),
    missed: gold.actors.filter((a) => !matchedGold.has(a.id)).map((a) => a.id),
  };
}

export const f1 = (tp: number, predicted: number, gold: number) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
