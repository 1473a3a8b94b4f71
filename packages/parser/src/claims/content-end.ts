import type { ClaimContext } from "./context.js";
import { ING_NOT_PARTICIPLE, STOP_AFTER_COMMA } from "./lexicon.js";
import type { Token } from "./tokens.js";

/**
 * For every token, the first token at or after it where reported content
 * stops within its sentence: a semicolon, ", according to", ", Xing ..."
 * (a participle clause of the main sentence), "and warned" (a second cue),
 * "— and ...", or the sentence's end. One backward pass, so each cue finds
 * its content's end in constant time even in a 5,000-word sentence.
 */
export function contentStops(ctx: ClaimContext): Int32Array {
  const { tokens } = ctx;
  const stop = new Int32Array(tokens.length + 1);
  stop[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const s = ctx.sentenceOf[i] as number;
    const sentenceEnd = ctx.sentenceLast[s] as number;
    const inheritsFromNext = i < sentenceEnd;
    // a comma inside a quoted fragment ('"emotional, condescending lectures"') does not end the content
    const quoted = ctx.insideQuote[i] !== -1 && t.lower !== ";";
    stop[i] = !quoted && isStop(tokens, i, t, ctx.cueAt) ? i : inheritsFromNext ? (stop[i + 1] as number) : i + 1;
  }
  return stop;
}

const DASHES = new Set(["—", "–", "―"]);

function isStop(tokens: Token[], i: number, t: Token, cues: ClaimContext["cueAt"]): boolean {
  if (t.kind === "punct" && t.lower === ";") return true;
  const next = tokens[i + 1];
  if (!next || next.kind !== "word") return false;
  if (t.lower === ",") {
    // ", which ...", ", although ...": a clause about the content, not part of it
    if (next.lower === "according" || STOP_AFTER_COMMA.has(next.lower)) return true;
    return !next.upper && next.lower.endsWith("ing") && next.lower.length > 5 && !ING_NOT_PARTICIPLE.has(next.lower);
  }
  // "and warned ...", "— and he noted": a second reporting verb, a second sentence
  if (DASHES.has(t.lower)) return next.lower === "and" || next.lower === "but";
  return (t.lower === "and" || t.lower === "but") && cues.get(i + 1)?.entry.complement === "any";
}
