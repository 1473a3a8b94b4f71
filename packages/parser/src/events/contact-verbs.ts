import lexicon from "../../data/response-types.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import type { Token } from "./tokens.js";

// "he spoke with Mr. Sanders on Tuesday", "free trade talks with India": talks between two sides
// are cooperation; with a medium on either side ("Patel spoke with Wikinews") they are an interview.

const CONTACTS = new Set(lexicon.contactVerbs.words);
const INTERVIEW_KINDS = new Set<string>(lexicon.contactVerbs.interviewKinds);

/** Whether the cue at `first` opens with a verb of talking to someone. */
export function isContact(tokens: Token[], first: number): boolean {
  return CONTACTS.has((tokens[first] as Token).lower);
}

/** Whether a contact's sides are the story's actors, not a medium interviewing or interviewed. */
export function contactSides(doc: Doc, r: Response): boolean {
  return [r.actor, ...r.targets].every((id) => !INTERVIEW_KINDS.has(actorKind(doc, id) ?? ""));
}
