import lexicon from "../../data/criticism-wrongs.json";
import type { Token } from "./tokens.js";

// "he was becoming ISIS' best recruiter", "Putin's puppet": a name owning a role
// served for it is the one served, never the doer; the wrong is the role-holder's.

const SERVING_ROLES = new Set(lexicon.servingRoles);
/** "ISIS' best recruiter", "Moscow's most useful tool": the role's noun within this many words of the wrong's start. */
const ROLE_REACH = 3;

/** The wrong opening at token `wrong` names a role held in another's service. */
export function servedRole(tokens: Token[], wrong: number): boolean {
  for (let k = wrong; k < wrong + ROLE_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.punct) return false;
    if (SERVING_ROLES.has(t.lower)) return true;
  }
  return false;
}
