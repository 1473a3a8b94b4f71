import type { ClaimContext, Cue } from "./context.js";
import { PARTICIPLE_LINKS } from "./lexicon.js";
import { clauseSubject, type Speaker, skipBackOverAuxiliaries } from "./speaker.js";

const DASHES = new Set(["—", "–", "―"]);
// how far back a semicolon that opens the participle's main clause is looked for
const SEMICOLON_REACH = 80;

/**
 * The token that closes the main clause a participle cue hangs on, or -1 when
 * the cue is no such participle: '..., adding', '... “costly,” adding' (the
 * comma sits inside the closing mark, as American papers print it), '... –
 * saying', '... before insisting'. The participle has no
 * subject of its own, so the main clause's subject speaks.
 */
export function participleClauseEnd(ctx: ClaimContext, cue: Cue): number {
  if (cue.entry.complement === "prepositional" || !cue.entry.words[0]?.endsWith("ing")) return -1;
  const { tokens } = ctx;
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  const j = skipBackOverAuxiliaries(tokens, cue.first - 1, lo);
  if (j <= lo) return -1;
  const t = tokens[j];
  if (t === undefined) return -1;
  if (t.lower === ",") return j;
  if (t.kind === "quote")
    return tokens[j - 1]?.lower === "," && ctx.quotes[ctx.quoteMark[j] as number]?.closeTok === j ? j : -1;
  if (t.kind !== "word") return DASHES.has(t.lower) ? j : -1;
  return PARTICIPLE_LINKS.has(t.lower) && !t.upper && j - 1 > lo ? j : -1;
}

/** The speaker of a participle cue: its main clause's subject; null when the cue is no participle. */
export function participleSpeaker(ctx: ClaimContext, cue: Cue): Speaker | null {
  const end = participleClauseEnd(ctx, cue);
  if (end < 0) return null;
  let lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  // "Lee said ...; experts called it dubious, while noting ...": the clause after the last semicolon
  for (let k = end - 1; k > lo && end - k < SEMICOLON_REACH; k--)
    if (ctx.tokens[k]?.lower === ";") {
      if (k + 1 < end) lo = k + 1;
      break;
    }
  return clauseSubject(ctx, lo, end);
}

/** A participle cue starts at token `i` ("insisting", "adding"), not "according to". */
export function participleCueAt(ctx: ClaimContext, i: number): boolean {
  const cue = ctx.cueAt.get(i);
  return cue !== undefined && cue.entry.complement !== "prepositional" && !!cue.entry.words[0]?.endsWith("ing");
}

/** "before insisting", ", adding": the report of a participle cue starts at token `i`, so an earlier cue's clause ends before it. */
export function participleReportAt(ctx: ClaimContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || (t.lower !== "," && !PARTICIPLE_LINKS.has(t.lower))) return false;
  return participleCueAt(ctx, i + 1);
}
