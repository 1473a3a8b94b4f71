import { actorKind } from "../actors/actor-at.js";
import type { ClaimContext, Cue } from "./context.js";
import { PARTICIPLE_LINKS } from "./lexicon.js";
import { clauseSubject, type Speaker, skipBackOverAuxiliaries, speakerBefore } from "./speaker.js";
import { trailingReportSpeaker } from "./trailing-report.js";

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
  const trailing = trailingReportSpeaker(ctx, lo, end);
  if (trailing) return trailing;
  const subject = clauseSubject(ctx, lo, end);
  if (subject.speaker && actorKind(ctx.doc, subject.speaker) === "person") return subject;
  const reported = mainCueSpeaker(ctx, lo, end);
  return reported?.speaker && actorKind(ctx.doc, reported.speaker) === "person" ? reported : subject;
}

/**
 * "the prosecutor general of Tehran, Ali Alghasi Mehr, said ..., adding": when the main clause is
 * itself a report, that report's speaker, read as its own cue reads it (through appositions and
 * descriptions); null when the main clause has no reporting cue of its own with a subject before
 * it. Only a person found so replaces a clause subject that is no person: the place or body a
 * description names ("of Tehran") is seldom who speaks, but of two bodies the first usually is.
 */
function mainCueSpeaker(ctx: ClaimContext, lo: number, end: number): Speaker | null {
  for (let k = lo + 1; k < end; k++) {
    const cue = ctx.cueAt.get(k);
    // a capitalised cue word is part of a name or title: "Secretary of State Mike Pompeo"
    if (!cue || ctx.tokens[k]?.upper || ctx.insideQuote[k] !== -1 || cue.entry.complement === "prepositional") continue;
    if (cue.entry.words[0]?.endsWith("ing")) continue;
    const who = speakerBefore(ctx, cue.first, lo);
    return who.speaker ? who : null;
  }
  return null;
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
