import { draft, type TokenRange } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { NOT_OBJECT_START, OBJECT_END } from "./lexicon.js";
import { clauseSubject, skipBackOverAuxiliaries, speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

// an object phrase longer than this is a clause the verb does not govern
const MAX_OBJECT = 60;

/**
 * 'Rubio wants to emerge as the alternative', 'she criticized the
 * president's foreign policy', 'the report cited a poll': a stance verb
 * attributes its object phrase to its subject. The object runs to the
 * clause's end, a comma or dash, or a subordinate clause ("because ...").
 */
export function stanceObject(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  let k = cue.last + 1;
  if (k > hi) return null;
  const t = tokens[k] as Token;
  if (t.lower === "that" && k + 1 <= hi) k++;
  else if (t.lower === "to") {
    if (!cue.entry.infinitive || tokens[k + 1]?.kind !== "word") return null;
  } else if (t.kind === "quote") {
    const q = ctx.quoteMark[k] as number;
    if (q < 0 || ctx.quotes[q]?.openTok !== k) return null;
  } else if (t.kind !== "word" || NOT_OBJECT_START.has(t.lower)) return null;
  const stop = Math.min(stops[k] as number, hi + 1, k + MAX_OBJECT);
  let last = k;
  for (let i = k + 1; i < stop; i++) {
    const u = tokens[i] as Token;
    // a comma inside a quoted phrase does not end the object
    if (ctx.insideQuote[i] === -1 && OBJECT_END.has(u.lower)) break;
    last = i;
  }
  while (last > k && (tokens[last] as Token).kind === "punct") last--;
  const range: TokenRange = { first: k, last };
  return draft(ctx, cue, subjectOf(ctx, cue), range);
}

/** '..., praising the plan': a participle's subject is its main clause's. */
function subjectOf(ctx: ClaimContext, cue: Cue) {
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  const j = skipBackOverAuxiliaries(ctx.tokens, cue.first - 1, lo);
  const participle = cue.entry.words[0]?.endsWith("ing") && j > lo && ctx.tokens[j]?.lower === ",";
  return participle ? clauseSubject(ctx, lo, j) : speakerBefore(ctx, cue.first);
}
