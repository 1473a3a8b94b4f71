import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { actorMentions, mentionsIn } from "./actor-roles.js";
import { isCourt } from "./court-actor.js";

// "Rittenhouse is accused of crossing state lines", "were both previously
// convicted of fraud": a criminal charge told with no agent is brought by the
// state that prosecutes it. A court named in the charge's sentence or the one
// before speaks for that state; else the state is the country the story names
// most (a local story names its own country more than any other). A court
// named further off is another stage of another case ("the appeals court").

/** Who brings an agentless criminal charge at offset `pos` against `accused`: a court named just before, else the main country. */
export function prosecutingState(doc: Doc, pos: number, accused: string): string | null {
  const s = doc.sentences.findIndex((x) => x.start <= pos && pos < x.end);
  const from = doc.sentences[Math.max(0, s - 1)]?.start ?? pos;
  const end = doc.sentences[s]?.end ?? pos;
  const court = mentionsIn(doc, from, end, true).find((m) => m.actor !== accused && isCourt(doc, m.actor));
  if (court) return court.actor;
  // "an Iranian woman was sentenced": a person the story leaves unnamed is prosecuted by the state it says she is of
  const described = describedState(doc, accused);
  if (described) return described;
  return mainCountry(doc, accused);
}

/** The country the story names most (by name, not by demonym), but `except`; or null. */
export function mainCountry(doc: Doc, except: string): string | null {
  const counts = new Map<string, number>();
  for (const m of actorMentions(doc)) {
    if (m.demonym || m.actor === except) continue;
    if (actorKind(doc, m.actor) !== "country") continue;
    counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** The country an unnamed person's own description names ("an Iranian woman"), if the accused is one. */
function describedState(doc: Doc, accused: string): string | null {
  const notes = doc.entities?.notes;
  if (!notes || notes.length !== doc.mentions.length) return null;
  if (!doc.mentions.some((m, i) => m.actor === accused && notes[i]?.unnamed)) return null;
  const aff = doc.actors.find((a) => a.id === accused)?.affiliation ?? null;
  return aff && actorKind(doc, aff) === "country" ? aff : null;
}
