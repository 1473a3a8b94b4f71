import { actorKind } from "../actors/actor-at.js";
import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { mentionsIn } from "./actor-roles.js";

// "Clinton held a roundtable meeting with Orlando community leaders ..., the Orlando Sentinel
// reported", '"Ford is fully cooperating with the government", Ford told The Verge': when the
// act's own words name no target, the guess from the sentence around it can land on the outlet
// that reports the act or is told of it. A news outlet is the target of an act only when the
// act's words name it ("rejected a Fox News proposal", "asked the network to donate"); one named
// only as the teller or the one told, or not at all in the act's sentence, is not aimed at. A
// refusal to comment is aimed at the outlet that asked (decline-target.ts), so it keeps its own.

// words before an outlet that make it the teller: "according to X", "reviewed by X"
const TELLS_BEFORE = /\b(?:according to|reviewed by|obtained by|seen by)\s+(?:the\s+)?$/i;
// "told X." / "told X in an interview": the one told, not "told X to resign", which asks it
const TOLD_BEFORE = /\b(?:told|tells|telling)\s+(?:the\s+)?$/i;
const TOLD_AFTER = /^['’]?\s*(?:[.,;:)"”]|in\b|on\b|$)/;
// words after an outlet that make it the teller: "X reported", "X said"
const TELLS_AFTER =
  /^\s*(?:has\s+|had\s+)?(?:first\s+)?(?:reported|reports|reporting|said|says|wrote|writes|noted|notes)\b/i;

/** Whether `target` of `r` is a news outlet its sentence names only as the one telling of the act or told of it. */
export function onlyReportingOutlet(doc: Doc, r: Response, target: string): boolean {
  if (r.type === "decline_comment" || actorKind(doc, target) !== "media") return false;
  const sentence = doc.sentences.find((s) => s.start <= r.evidence.start && r.evidence.start < s.end);
  if (!sentence) return false;
  return mentionsIn(doc, sentence.start, sentence.end)
    .filter((m) => m.actor === target)
    .every((m) => {
      const before = doc.text.slice(Math.max(sentence.start, m.start - 20), m.start);
      const after = doc.text.slice(m.end, m.end + 25);
      return (
        TELLS_BEFORE.test(before) || TELLS_AFTER.test(after) || (TOLD_BEFORE.test(before) && TOLD_AFTER.test(after))
      );
    });
}
