import type { Doc } from "../doc.js";
import type { Modality, Response, Span } from "../model.js";
import { stableId } from "../stable-id.js";
import { responseCodes } from "./response-lexicon.js";

/** The story's actor named for protesting (a name holding one of `participants`), the crowd when none is named where it acts. */
export function protesterGroup(doc: Doc, participants: ReadonlySet<string>): string | null {
  return doc.actors.find((a) => a.name.split(/\s+/).some((w) => participants.has(w.toLowerCase())))?.id ?? null;
}

/** A protest by `actor` against `target`, its id from its evidence so a second finder reading the same words makes the same item. */
export function protestResponse(actor: string, target: string, evidence: Span, modality: Modality): Response | null {
  const codes = responseCodes.get("protest");
  if (!codes) return null;
  return {
    id: stableId(`response:protest:${evidence.start}:${evidence.end}`),
    actor,
    targets: [target],
    type: "protest",
    cameo: codes.cameo,
    plover: codes.plover,
    modality,
    evidence,
    date: null,
    respondsTo: null,
  };
}
