import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";

const COURT_WORDS = new Set<string>(lexicon.courtWords);
const POLICE_WORDS = new Set<string>(lexicon.policeWords);
const ARRESTS = new Set<string>(lexicon.arrestWords);
const WINDOW = lexicon.courtWindow;

/** True when an actor is named as a court ("the court", "the Paris Criminal Court", "the jury"). */
function isCourt(doc: Doc, id: string, words: Set<string> = COURT_WORDS): boolean {
  const a = doc.actors.find((x) => x.id === id);
  if (!a || a.kind === "person" || a.kind === "country") return false;
  return [a.name, ...a.aliases].some((n) =>
    n
      .toLowerCase()
      .split(/\s+/)
      .some((w) => words.has(w)),
  );
}

/**
 * The court a verdict with no agent belongs to ("were found guilty", "received
 * prison terms"): the court named nearest before it, else the first the story
 * names after it (each within a window), else none (no court is guessed).
 */
export function courtOf(doc: Doc, pos: number): string | null {
  const before = mentionsIn(doc, Math.max(0, pos - WINDOW), pos, true).filter((m) => isCourt(doc, m.actor));
  const near = before.at(-1);
  if (near) return near.actor;
  return mentionsIn(doc, pos, pos + WINDOW, true).find((m) => isCourt(doc, m.actor))?.actor ?? null;
}

/**
 * "More than 200 people have been arrested": an arrest with no agent and no
 * reporter is the story's police's, when the story names a police force
 * (nearest before it, else the first after it); none is guessed otherwise.
 */
export function policeOf(doc: Doc, pos: number, head: string): string | null {
  if (!ARRESTS.has(head)) return null;
  const before = mentionsIn(doc, Math.max(0, pos - WINDOW), pos, true).filter((m) =>
    isCourt(doc, m.actor, POLICE_WORDS),
  );
  const near = before.at(-1);
  if (near) return near.actor;
  return mentionsIn(doc, pos, pos + WINDOW, true).find((m) => isCourt(doc, m.actor, POLICE_WORDS))?.actor ?? null;
}
