import type { TokenRange } from "./content-range.js";
import type { ClaimContext } from "./context.js";
import { JUDGED_PERSON_WORDS } from "./lexicon.js";
import type { Token } from "./tokens.js";

/**
 * "supported Clinton", "criticized Sanders and Clinton", "praised him", "criticized the trade":
 * after a verb of judgement an object that is only a person, or "the" and one noun, names whom
 * or what is judged, not anything the subject said.
 */
export function judgedOnly(ctx: ClaimContext, range: TokenRange): boolean {
  return onlyPersons(ctx, range) || theAndNoun(ctx, range);
}

function onlyPersons(ctx: ClaimContext, range: TokenRange): boolean {
  const { tokens } = ctx;
  let named = false;
  for (let i = range.first; i <= range.last; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && t.lower === ",") continue;
    if (t.kind !== "word") return false;
    const person = ctx.mentions.some((m) => m.kind === "person" && m.start <= t.start && m.end >= t.end);
    if (person) named = true;
    else if (!JUDGED_PERSON_WORDS.has(t.lower)) return false;
  }
  return named || range.first === range.last;
}

function theAndNoun(ctx: ClaimContext, range: TokenRange): boolean {
  if (range.last !== range.first + 1) return false;
  const [the, noun] = [ctx.tokens[range.first] as Token, ctx.tokens[range.last] as Token];
  return the.lower === "the" && noun.kind === "word" && !noun.upper;
}
