import cues from "../../data/accusation-cues.json";
import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";
import type { Token } from "./tokens.js";

// "China wants to extradite accused criminals": "accused" before a plain noun is that noun's
// adjective, not the verb of a clause whose subject accuses; "Police accused protesters of ..."
// has its subject right before it and its preposition after, and stays a verb.

const PARTICIPLES = new Set(cues.attributiveParticiples);
/** Words after the participle that open its object, not a noun it describes. */
const OBJECT_OPENERS = new Set([
  "him",
  "her",
  "them",
  "it",
  "us",
  "me",
  "you",
  "the",
  "a",
  "an",
  "his",
  "its",
  "their",
  "both",
]);
const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "who", "which", "that"]);
const PLAIN_WORD = /^\p{Ll}+$/u;

/** The cue at `first` is an attributive participle: the adjective of the plain noun after it. */
export function attributiveParticiple(doc: Doc, tokens: Token[], first: number, hasPrep: boolean): boolean {
  const head = tokens[first] as Token;
  if (hasPrep || !PARTICIPLES.has(head.lower)) return false;
  const next = tokens[first + 1];
  if (!next || OBJECT_OPENERS.has(next.lower) || !PLAIN_WORD.test(doc.text.slice(next.start, next.end))) return false;
  const before = tokens[first - 1];
  if (!before || SUBJECTS.has(before.lower)) return false;
  // a subject named right before it: "Police accused protesters"
  return !mentionsIn(doc, before.start, head.start).some((m) => m.end >= before.end);
}
