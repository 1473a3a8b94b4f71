import type { Doc } from "../doc.js";

/**
 * Keeps the responses that name both sides. An act is coded between two actors
 * (CAMEO's and PLOVER's events are dyads: a source acting on a target), so one
 * whose target no actor of the story stands for ("Police arrested 33 people",
 * "the court ruled in regard to the case", "vowed to bring the perpetrators to
 * justice" with no perpetrator named) is no edge of the graph. The responses
 * stage still finds them: they lend their actor to the acts coordinated after
 * them ("arrested two men and charged them") before they are left out here.
 */
export function keepDyadicResponses(doc: Doc): void {
  if (doc.responses.every((r) => r.targets.length > 0)) return;
  doc.responses = doc.responses.filter((r) => r.targets.length > 0);
}
