import type { Doc } from "../doc.js";
import type { Claim } from "../model.js";
import { mentionsIn, sameSide } from "./actor-roles.js";

// '"It's nonsense," Mr. Trump said' right after Clinton said that he was
// "becoming ISIS' best recruiter": a one-phrase rebuttal answers the claim just
// told about its speaker, even when no accusation was read in that claim. The
// claim must be the one told last before the rebuttal, close to it, by a
// speaker of another side, and name the rebutting speaker (or a pronoun
// standing for them) in its content.

/** How far before the rebuttal the answered claim may end. */
const REACH = 400;

export function rebutsClaimAbout(doc: Doc, speaker: string, rebuttal: Claim): boolean {
  let last: Claim | undefined;
  for (const c of doc.claims)
    if (c !== rebuttal && c.content.end <= rebuttal.content.start && (!last || c.content.end > last.content.end))
      last = c;
  if (!last?.speaker || rebuttal.content.start - last.content.end > REACH) return false;
  if (sameSide(doc, last.speaker, speaker)) return false;
  return mentionsIn(doc, last.content.start, last.content.end).some((m) => m.actor === speaker);
}
