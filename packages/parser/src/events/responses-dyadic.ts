import type { Doc } from "../doc.js";
import type { Response } from "../model.js";
import { sameSide } from "./actor-roles.js";
import { startSentencesBack } from "./tokens.js";

/** The acts left out here, per doc: the link stage still reads them as acts told ("characterized the attack as ..."). */
const untargeted = new WeakMap<Doc, Response[]>();

/** The responses and the acts left out for naming no target, in text order. */
export function toldActs(doc: Doc): Response[] {
  const left = untargeted.get(doc);
  if (!left || left.length === 0) return doc.responses;
  return [...doc.responses, ...left].sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * The actor of the latest act told before `pos` in sentence `s` or the two
 * before it, not on the critic's side nor among `skip`: whom "the move" or
 * "the decision" a critic speaks of points back to.
 */
export function latestActorOutside(
  doc: Doc,
  s: number,
  pos: number,
  critic: string,
  skip?: ReadonlySet<string>,
): string | null {
  const earliest = startSentencesBack(doc, s, 2);
  const acts = toldActs(doc);
  for (let k = acts.length - 1; k >= 0; k--) {
    const r = acts[k];
    if (!r || r.evidence.start >= pos) continue;
    if (r.evidence.start < earliest) return null;
    if (!sameSide(doc, r.actor, critic) && !skip?.has(r.actor)) return r.actor;
  }
  return null;
}

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
  untargeted.set(
    doc,
    doc.responses.filter((r) => r.targets.length === 0),
  );
  doc.responses = doc.responses.filter((r) => r.targets.length > 0);
}
