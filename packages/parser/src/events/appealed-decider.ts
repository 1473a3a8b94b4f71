import type { Doc } from "../doc.js";
import type { Token } from "./tokens.js";

// "A jury convicted Avenatti ... Avenatti intended to appeal the conviction",
// "the judge sentenced Smithers ... he filed his intent to appeal": an appeal
// that names no one is against whoever the story last told acting on the
// appellant in law (the jury, the court, the judge): the decision appealed is
// theirs.

const APPEAL = "appeal";

/** Whether the cue's words (tokens `first`..`last`) are an appeal's ("appealed", "filing an appeal"). */
export function isAppeal(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((tokens[k] as Token).lower.startsWith(APPEAL)) return true;
  return false;
}

/** The doer of the last legal act told before `pos` on `appellant`, other than the appellant itself. */
export function appealedDecider(doc: Doc, pos: number, appellant: string): string[] {
  for (let k = doc.responses.length - 1; k >= 0; k--) {
    const r = doc.responses[k];
    if (!r || r.type !== "legal_action" || r.evidence.end > pos) continue;
    if (r.actor !== appellant && r.targets.includes(appellant)) return [r.actor];
  }
  return [];
}
