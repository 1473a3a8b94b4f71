import { contentFrom, draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import { FINDING_NOUNS } from "./lexicon.js";
import { resolveNounPhrase } from "./speaker.js";
import type { Token } from "./tokens.js";

// how many words the opening "In the latest CNN poll released Wednesday" may have
const MAX_SOURCE_WORDS = 12;
const IN_CUE: Cue = {
  first: -1,
  last: -1,
  entry: { words: ["in"], complement: "prepositional", object: false, inverts: false },
};

/**
 * 'In a Fox News poll released Thursday, Trump led with 45 percent': a
 * sentence that opens with "In" and a poll, survey, study or report reports
 * what that document found, unless a cue of its own follows ("In a
 * statement, the ministry said ..." is the ministry's claim).
 */
export function findInDocument(ctx: ClaimContext, stops: Int32Array): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const { tokens } = ctx;
  for (let s = 0; s < ctx.sentenceFirst.length; s++) {
    const lo = ctx.sentenceFirst[s] as number;
    const first = tokens[lo] as Token | undefined;
    const hi = ctx.sentenceLast[s] as number;
    if (!first || first.lower !== "in" || !first.upper) continue;
    let comma = lo + 1;
    let noun = -1;
    while (comma <= hi && comma - lo <= MAX_SOURCE_WORDS && inName(tokens[comma] as Token)) {
      if (FINDING_NOUNS.has((tokens[comma] as Token).lower)) noun = comma;
      comma++;
    }
    if (noun < 0 || tokens[comma]?.lower !== "," || ctx.insideQuote[comma] !== -1) continue;
    const content = contentFrom(ctx, comma + 1, stops);
    if (!content || cueWithin(ctx, comma + 1, hi)) continue;
    const cue = { ...IN_CUE, first: lo, last: lo };
    out.push(draft(ctx, cue, resolveNounPhrase(ctx, lo + 1, comma - 1), content));
  }
  return out;
}

// "NBC News/Wall Street Journal poll", "ABC News-Washington Post poll"
const NAME_MARKS = new Set(["/", "-", "–", "&"]);

function inName(t: Token): boolean {
  return t.kind === "word" || NAME_MARKS.has(t.lower);
}

/** A reporting cue of its own in the rest of the sentence. */
function cueWithin(ctx: ClaimContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const cue = ctx.cueAt.get(i);
    if (cue && isReportingUse(ctx, cue)) return true;
  }
  return false;
}
