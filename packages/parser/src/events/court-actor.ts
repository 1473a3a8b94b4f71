import lexicon from "../../data/response-types.json";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";

const COURT_WORDS = new Set<string>(lexicon.courtWords);
const POLICE_WORDS = new Set<string>(lexicon.policeWords);
const ARRESTS = new Set<string>(lexicon.arrestWords);
const INQUIRY_BODIES = new Set<string>(lexicon.inquiryBodies);
const WINDOW = lexicon.courtWindow;
// "the Department of Justice" prosecutes; it hands down no verdict
const NOT_COURTS = new Set<string>(lexicon.notCourtWords);

/**
 * True when an actor is a body named by one of `words` ("the court", "the Paris
 * Criminal Court", "the jury"; "the police").
 */
function isBodyOf(doc: Doc, id: string, words: Set<string>): boolean {
  const a = doc.actors.find((x) => x.id === id);
  if (!a || a.kind === "person" || a.kind === "country") return false;
  return [a.name, ...a.aliases].some((n) => {
    const ws = n.toLowerCase().split(/\s+/);
    return ws.some((w) => words.has(w)) && !(words === COURT_WORDS && ws.some((w) => NOT_COURTS.has(w)));
  });
}

/** Such a body named nearest before `pos`, else the first named after it (each within `window`), else none. */
function bodyNear(doc: Doc, pos: number, words: Set<string>, window = WINDOW): string | null {
  const before = mentionsIn(doc, Math.max(0, pos - window), pos, true).filter((m) => isBodyOf(doc, m.actor, words));
  const near = before.at(-1);
  if (near) return near.actor;
  return mentionsIn(doc, pos, pos + window, true).find((m) => isBodyOf(doc, m.actor, words))?.actor ?? null;
}

/**
 * The court a verdict with no agent belongs to ("were found guilty", "received
 * prison terms"): the court named nearest before it, else the first the story
 * names after it, else none (no court is guessed).
 */
export function courtOf(doc: Doc, pos: number): string | null {
  return bodyNear(doc, pos, COURT_WORDS);
}

/**
 * The story's police force, whose act an arrest with no agent is ("more than
 * 200 people have been arrested"): the force named nearest before `pos`, else
 * the first named after it; none is guessed otherwise.
 */
export function storyPolice(doc: Doc, pos: number): string | null {
  // a story names one police force, often late ("Police spokesman X said ..."): the whole text is its reach
  return bodyNear(doc, pos, POLICE_WORDS, doc.text.length);
}

/** "The three-judge court found ...": a bare court noun (token `word`) as a subject stands for the story's court. */
export function courtNoun(word: string): boolean {
  return COURT_WORDS.has(word);
}

/** "arrested", "detained": the words of an arrest whose agent may be the story's police. */
export function isArrest(head: string): boolean {
  return ARRESTS.has(head);
}

/** True when the actor is a court ("the Paris Criminal Court", "the jury"). */
export function isCourt(doc: Doc, id: string): boolean {
  return isBodyOf(doc, id, COURT_WORDS);
}

/** True when the actor is a body that investigates ("the FBI", "the House Oversight Committee", "Polish police"). */
export function isInquiryBody(doc: Doc, id: string): boolean {
  return isBodyOf(doc, id, INQUIRY_BODIES);
}
