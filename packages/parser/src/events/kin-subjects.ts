import lexicon from "../../data/response-types.json";
import type { Response } from "../model.js";

// "his mother refused to teach him Japanese", "His wife had warned him not to get too nasty": the
// subject is someone's kin, whom the story does not name as an actor; the possessive pronoun
// before the kin noun resolves to the one whose kin acts, who did not act.

const POSSESSIVES = lexicon.kinSubjects.possessives.join("|");
const NOUNS = lexicon.kinSubjects.nouns.join("|");
// the kin noun heads the subject: not "his father's farms were seized" (a thing of the kin's)
const KIN_SUBJECT = new RegExp(`^(?:${POSSESSIVES})\\s+(?:[a-z-]+\\s+)?(?:${NOUNS})\\b(?!['’]s)`, "i");

/** Whether a response's evidence opens with a kin noun after a possessive pronoun, the subject its actor was read from. */
export function kinSubject(text: string, r: Response): boolean {
  return KIN_SUBJECT.test(text.slice(r.evidence.start, r.evidence.start + 60));
}
