import titles from "../../data/titles.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";

// "plans to demand the resignation of the Democratic Party chairwoman, Representative Debbie
// Wasserman Schultz": a body's name that only modifies a title, whose holder the apposition names,
// stands for that person; the act is aimed at the holder, not at the body.

const HEADS: ReadonlySet<string> = new Set(titles.heads.filter((h) => !h.includes(" ")));
// the body's name, up to two words ("foreign", "press"), the title's head, a comma, then the holder
// (with a title of its own the holder's name may leave out: "Representative", "Sen.")
const APPOSED = /^['’]?s?((?:\s+[\p{L}-]+){0,2}?)\s+([\p{L}-]+)\s*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const REACH = 40;

/** `targets` with each body named right before a title and its holder's apposition replaced by that holder, in [from, to). */
export function roleHolders(doc: Doc, targets: string[], from: number, to: number): string[] {
  if (!targets.some((t) => actorKind(doc, t) !== "person")) return targets;
  const mentions = mentionsIn(doc, from, to);
  return targets.map((t) => {
    if (actorKind(doc, t) === "person") return t;
    const body = mentions.find((x) => x.actor === t);
    if (!body) return t;
    const holder = mentions.find((x) => x.start > body.end && x.start - body.end <= REACH);
    if (!holder || actorKind(doc, holder.actor) !== "person") return t;
    const gap = APPOSED.exec(doc.text.slice(body.end, holder.start));
    return gap && HEADS.has((gap[2] ?? "").toLowerCase()) ? holder.actor : t;
  });
}
