import type { Doc } from "../doc.js";
import { type ActorMention, mentionsIn } from "./actor-roles.js";

// A court case is named by its parties: "Glawischnig-Piesczek v. Facebook",
// "Kelly vs. United States". The one named after "v." is the defendant: the
// one a suit is brought against and a ruling in the case is about, whoever
// else the sentence that names the case names first.

/** "Kelly v. United States": a plaintiff's mention, "v." or "vs." (with or without its dot), the defendant's. */
const VERSUS = /^\s+vs?\.?\s+(?:the\s+)?$/i;

const cache = new WeakMap<Doc, Map<string, string>>();

/** Each plaintiff the story names in a case name, with its defendant (the first case naming it wins). */
export function caseDefendants(doc: Doc): Map<string, string> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = new Map<string, string>();
  const list = mentionsIn(doc, 0, doc.text.length);
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1] as ActorMention;
    const b = list[k] as ActorMention;
    if (a.actor !== b.actor && !out.has(a.actor) && VERSUS.test(doc.text.slice(a.end, b.start)))
      out.set(a.actor, b.actor);
  }
  cache.set(doc, out);
  return out;
}

/**
 * A legal act's targets with each plaintiff of a case the story names put in
 * its defendant's place ("ruled in the case Glawischnig-Piesczek v. Facebook":
 * Facebook), unless the defendant is the actor itself (its own appeal).
 */
export function asDefendants(doc: Doc, targets: string[], actor: string): string[] {
  const cases = caseDefendants(doc);
  if (cases.size === 0) return targets;
  const out: string[] = [];
  for (const t of targets) {
    const d = cases.get(t);
    const id = d && d !== actor ? d : t;
    if (id !== actor && !out.includes(id)) out.push(id);
  }
  return out;
}

/** "Glawischnig-Piesczek sued in Austria": the defendant of the case the story names with the actor as plaintiff. */
export function defendantOf(doc: Doc, actor: string): string | null {
  return caseDefendants(doc).get(actor) ?? null;
}
