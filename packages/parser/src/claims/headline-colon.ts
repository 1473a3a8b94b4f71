import { englishWordSet } from "../entities/lexicon.js";
import type { ClaimContext } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import {
  DOCUMENT_NOUNS,
  FINDING_NOUNS,
  GROUP_ROLE_NOUNS,
  MEDIA_HEAD_NOUNS,
  PERSON_ROLE_NOUNS,
  SPOKES_NOUNS,
} from "./lexicon.js";
import { resolveNounPhrase, type Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";

const MAX_SOURCE_WORDS = 4;
const MIN_CONTENT_TOKENS = 3;
const TRAILING = new Set([".", "!", "?"]);

const OPENING_MARKS = new Set(["‘", "'", "“", '"']);

/**
 * A headline of the form "Graham: Trump's rhetoric destroying GOP's chance":
 * the article's first paragraph opens with a short capitalised source and a
 * colon, and the rest of the line is what that source said. Further in, a
 * sentence of the same shape counts when a quotation follows the colon
 * ("Kasich: ‘We Are Going All The Way.’"), so "Update: ..." stays out.
 */
export function findHeadlineColon(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const first = headlineColon(ctx, 0, usedCues, false);
  if (first) out.push(first);
  for (let s = 1; s < ctx.sentenceFirst.length; s++) {
    const d = headlineColon(ctx, ctx.sentenceFirst[s] as number, usedCues, true);
    if (d) out.push(d);
  }
  return out;
}

function headlineColon(ctx: ClaimContext, lo: number, usedCues: Set<number>, quoted: boolean): ClaimDraft | null {
  const { tokens } = ctx;
  const first = tokens[lo];
  if (!first || first.kind !== "word" || !first.upper) return null;
  let colon = lo + 1;
  while (colon < tokens.length && colon - lo <= MAX_SOURCE_WORDS && (tokens[colon] as Token).upper) colon++;
  const mark = tokens[colon];
  if (!mark || mark.lower !== ":" || usedCues.has(colon) || ctx.paragraphOf[colon] !== ctx.paragraphOf[lo]) return null;
  // the line after the colon, within the paragraph (and, further in, the sentence)
  const last = quoted ? (ctx.sentenceLast[ctx.sentenceOf[lo] as number] as number) : tokens.length - 1;
  let end = colon + 1;
  while (end + 1 <= last && ctx.paragraphOf[end + 1] === ctx.paragraphOf[lo]) {
    if (ctx.text.slice((tokens[end] as Token).end, (tokens[end + 1] as Token).start).includes("\n")) break;
    end++;
  }
  while (end > colon && (TRAILING.has((tokens[end] as Token).lower) || (tokens[end] as Token).kind === "quote")) end--;
  const after = tokens[colon + 1];
  if (!after || end - colon < MIN_CONTENT_TOKENS) return null;
  if (!OPENING_MARKS.has(after.lower) && (quoted || !after.upper)) return null;
  const who = resolveNounPhrase(ctx, lo, colon - 1);
  if (!speakerLike(ctx, who, colon - 1)) return null;
  usedCues.add(colon);
  return {
    speaker: who.speaker,
    source: who.source,
    cue: { start: mark.start, end: mark.end },
    content: { start: after.start, end: (tokens[end] as Token).end },
    kind: "indirect",
    cueToken: colon,
    lastToken: end,
  };
}

/**
 * "Poll: ...", "Graham: ...", "Milbank: ..." name who says the line; "WOW: ...", "The Latest: ...",
 * "Breaking: ...", "Fix Is In: ..." are a tabloid's kicker, which says nothing of a speaker, and the
 * line after it is the headline itself. A source that names no actor and ends in a plain English
 * word that is no document, outlet or role noun is such a kicker.
 */
function speakerLike(ctx: ClaimContext, who: Speaker, last: number): boolean {
  if (who.speaker !== null) return true;
  const w = (ctx.tokens[last] as Token).lower;
  if (!englishWordSet.has(w)) return true;
  return (
    DOCUMENT_NOUNS.has(w) ||
    FINDING_NOUNS.has(w) ||
    MEDIA_HEAD_NOUNS.has(w) ||
    SPOKES_NOUNS.has(w) ||
    PERSON_ROLE_NOUNS.has(w) ||
    GROUP_ROLE_NOUNS.has(w)
  );
}
