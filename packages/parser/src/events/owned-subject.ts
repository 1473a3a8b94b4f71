import lexicon from "../../data/owned-subjects.json";
import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import { BE_FORMS } from "./clause-words.js";
import type { Token } from "./tokens.js";

// "Kirsch told the AP her group never worked with Manafort": the speaker's
// own group, forces or server, named by a possessive that stands for the
// speaker, is the subject of its account as "we" would be.

const PERSON = new Set(lexicon.personOwners);
const BODY = new Set(lexicon.bodyOwners);
const QUOTED = new Set(lexicon.quotedOwners);

/**
 * The noun of an owned subject opening at token `k` ("her group", "its
 * forces"), or -1: a possessive fitting the speaker, then a plain word that is
 * no be-form (the negation is looked for after it, as after "we").
 */
export function ownedSubject(
  doc: Doc,
  tokens: Token[],
  k: number,
  to: number,
  speaker: string,
  quoted: boolean,
): number {
  const owner = (tokens[k] as Token).lower;
  const fits = quoted ? QUOTED.has(owner) : (actorKind(doc, speaker) === "person" ? PERSON : BODY).has(owner);
  const noun = tokens[k + 1];
  if (!fits || !noun || k + 1 >= to || noun.punct || BE_FORMS.has(noun.lower)) return -1;
  return k + 1;
}

const OWNERS = new Set([...PERSON, ...BODY, ...QUOTED]);

/** Where the subject ending at token `subject` opens: at its owner in "her group". */
export function subjectOpening(tokens: Token[], subject: number): number {
  return OWNERS.has(tokens[subject - 1]?.lower ?? "") ? subject - 1 : subject;
}
