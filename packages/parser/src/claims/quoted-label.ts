import { draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { clauseSubject, type Speaker, skipBackOverAuxiliaries, speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

// how far the quoted label may sit from "called"
const LABEL_REACH = 8;
// "called for", "called on", "called off": another verb, not a label
const PARTICLES = new Set(["for", "on", "off", "up", "in", "out", "back", "to", "upon"]);
const JOINERS = new Set(["and", "or", ",", "as"]);

/**
 * 'Mitsotakis called the agreement "null and void"': a naming verb with a
 * quoted label reports the speaker's words about something. Without a quote
 * nearby ("called the meeting") it reports nothing.
 */
export function quotedLabel(ctx: ClaimContext, cue: Cue): ClaimDraft | null {
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  const k = cue.last + 1;
  const first = tokens[k];
  if (!first || k > hi || PARTICLES.has(first.lower)) return null;
  let end = -1;
  for (let m = k; m <= hi && m - k <= LABEL_REACH; m++) {
    const t = tokens[m] as Token;
    const q = ctx.quoteMark[m] as number;
    if (q >= 0 && ctx.quotes[q]?.openTok === m) {
      end = (ctx.quotes[q] as { closeTok: number }).closeTok;
      break;
    }
    if (t.kind === "punct" && t.lower !== "'" && t.lower !== "-") return null;
  }
  if (end < 0) return null;
  // '"null and void" and "geographically ridiculous"'
  for (;;) {
    const j = tokens[end + 1];
    const q = ctx.quoteMark[end + 2] as number;
    if (!j || !JOINERS.has(j.lower) || q < 0 || ctx.quotes[q]?.openTok !== end + 2) break;
    end = (ctx.quotes[q] as { closeTok: number }).closeTok;
  }
  return draft(ctx, cue, subjectOf(ctx, cue), { first: k, last: end });
}

function subjectOf(ctx: ClaimContext, cue: Cue): Speaker {
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  const j = skipBackOverAuxiliaries(ctx.tokens, cue.first - 1, lo);
  const participle = cue.entry.words[0]?.endsWith("ing") && j > lo && ctx.tokens[j]?.lower === ",";
  return participle ? clauseSubject(ctx, lo, j) : speakerBefore(ctx, cue.first);
}
