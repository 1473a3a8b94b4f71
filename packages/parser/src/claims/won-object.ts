import type { ClaimContext, Cue } from "./context.js";
import { AUXILIARY_AFTER_RELATIVE, WON_OBJECTS } from "./lexicon.js";
import type { Token } from "./tokens.js";

// words that may open the object before its noun: "his third victory", "a narrow win", "the Republican nomination"
const MAX_BEFORE_NOUN = 3;

/**
 * "claimed victory in the primary", "claiming the nomination", "a gunman claiming
 * allegiance to ...": after a verb that also means "take", a won thing as its object makes it
 * a taking, not a report. Not when the noun is a clause's subject ("claimed the victory was
 * stolen"), nor after a named owner ("claimed Lind's win was rigged").
 */
export function takesWonObject(ctx: ClaimContext, cue: Cue): boolean {
  if (!cue.entry.wonObject) return false;
  const { tokens } = ctx;
  const s = ctx.sentenceOf[cue.last];
  for (let k = cue.last + 1; k <= cue.last + 1 + MAX_BEFORE_NOUN && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || ctx.sentenceOf[k] !== s || t.lower === "that") return false;
    if (t.upper && (t.lower.endsWith("'s") || t.lower.endsWith("’s"))) return false;
    if (WON_OBJECTS.has(t.lower)) return !AUXILIARY_AFTER_RELATIVE.has(tokens[k + 1]?.lower ?? "");
  }
  return false;
}
