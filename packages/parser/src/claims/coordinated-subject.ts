import type { ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { mentionBefore, mentionsIn } from "./mentions-near.js";
import type { Token } from "./tokens.js";

// determiners that open a second subject owned by the first ("Trump and his supporters")
const OWNING = new Set(["his", "her", "their"]);
// how far a name opening the second subject may run
const MAX_NAME = 60;
const SPEAKING_KINDS: ReadonlySet<ActorKind> = new Set(["person", "group", "organization"]);

/**
 * "Donald Trump and his supporters claimed", "Cyber security experts and U.S. officials said":
 * the "and" at `and` joins two subjects of one reporting verb when the word before it ends the
 * mention of an actor that may speak, and the word after it owns the next noun or opens a name.
 * The claim is then the first subject's, as the annotation's gold gives it, not the nearest one's.
 */
export function coordinatesSubjects(ctx: ClaimContext, and: number): boolean {
  const { tokens } = ctx;
  const conj = tokens[and] as Token | undefined;
  const left = tokens[and - 1];
  const right = tokens[and + 1];
  if (!conj || conj.lower !== "and" || !left || !right || left.kind !== "word" || right.kind !== "word") return false;
  const before: Mention | null = mentionBefore(ctx.mentions, left.end, SPEAKING_KINDS);
  if (!before || before.end !== left.end) return false;
  if (OWNING.has(right.lower)) return true;
  const after = mentionsIn(ctx.mentions, { start: right.start, end: right.end + MAX_NAME })[0];
  return after !== undefined && after.start === right.start;
}
