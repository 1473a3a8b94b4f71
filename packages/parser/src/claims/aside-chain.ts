import type { ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { PREPOSITIONS } from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import type { Speaker } from "./speaker.js";
import type { Token } from "./tokens.js";
import { openingName } from "./unclosed-apposition.js";

// kinds of actor that can stand alone as a speaking subject
const SUBJECT_KINDS: ReadonlySet<ActorKind> = new Set(["person", "organization", "media", "group"]);
const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
// an opening phrase of time or manner set off before the subject ("On Friday, ...", "However, ...")
const OPENER_WORDS = new Set([
  "however",
  "meanwhile",
  "instead",
  "still",
  "yesterday",
  "today",
  "tonight",
  "earlier",
  "later",
  "late",
  "early",
  "last",
  "this",
  "separately",
  "similarly",
  "likewise",
  "afterward",
  "afterwards",
  "then",
  "now",
]);
const CONJUNCTIONS = new Set(["but", "and", "yet", "so"]);
const RELATIVES = new Set(["who", "whose", "whom", "which", "where"]);
const DETERMINERS = new Set(["a", "an", "the"]);
// how many tokens the subject and its asides may span before the cue
const CHAIN_REACH = 60;

/**
 * "Woodrow Roe, 58, who lives outside Minneapolis, says", "Sen. Jo Roe, R-Fla., appearing on Fox
 * News, said", "Jo Roe — a teacher from Mount Pleasant — says", "On Friday, Roe — named by X as a
 * likely running mate — told": a name standing alone as the clause's subject, then one or more
 * asides set off by commas or dashes, the last of them closed right before the cue. Each aside
 * (an age, a party tag, a description, a participle or relative clause) may hold commas of its
 * own, which is why the one-apposition reader gives up on them. Also "A former candidate -- Jo
 * Roe, who lost in 2008 -- said": a description, then the name in apposition. `close` is the
 * comma or dash before the cue; `lo` the clause's first token. Null when the words before the
 * cue are not such a chain (a coordination "Roe, Poe and Doe said" is none).
 */
export function asideChainSubject(ctx: ClaimContext, close: number, lo: number): Speaker | null {
  const { tokens } = ctx;
  if (close - lo > CHAIN_REACH) return null;
  const segments: [number, number][] = [];
  // the first segment holding a quotation mark: only a relative clause may quote
  let quoted = Number.POSITIVE_INFINITY;
  let from = lo;
  for (let i = lo; i <= close; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "quote") quoted = Math.min(quoted, segments.length);
    if (!isDelimiter(tokens, i)) continue;
    if (i > from) segments.push([from, i - 1]);
    from = i + 1;
  }
  let s = 0;
  while (s < segments.length - 1 && opensWithAdverbial(tokens, segments[s] as [number, number])) s++;
  if (segments.length - s < 2) return null;
  let subject = nameSegment(ctx, segments[s] as [number, number], SUBJECT_KINDS);
  // "A former candidate -- Jo Roe, ... -- said": the description first, the name apposed to it
  if (
    !subject &&
    segments.length - s >= 3 &&
    DETERMINERS.has((tokens[(segments[s] as [number, number])[0]] as Token).lower)
  ) {
    s++;
    subject = nameSegment(ctx, segments[s] as [number, number], PERSON);
  }
  if (!subject?.actor || quoted <= s) return null;
  for (let k = s + 1; k < segments.length; k++) {
    const [a] = segments[k] as [number, number];
    const first = tokens[a] as Token;
    // a relative clause runs to the cue, whatever commas and quotations it holds
    if (RELATIVES.has(first.lower)) break;
    if (quoted <= k || !asideOpening(ctx, segments[k] as [number, number])) return null;
  }
  const [a0] = segments[s] as [number, number];
  return {
    speaker: subject.actor,
    source: { start: Math.min(subject.start, (tokens[a0] as Token).start), end: (tokens[close - 1] as Token).end },
  };
}

/** A comma, a dash, or either hyphen of a "--". */
function isDelimiter(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== "punct") return false;
  if (t.lower === "," || t.lower === "—" || t.lower === "–") return true;
  if (t.lower !== "-") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev?.lower === "-" && prev.end === t.start) || (next?.lower === "-" && next.start === t.end);
}

/** "On Friday", "However", "Late Sunday": a phrase set before the subject. */
function opensWithAdverbial(tokens: Token[], [a]: [number, number]): boolean {
  const w = (tokens[a] as Token).lower;
  return PREPOSITIONS.has(w) || OPENER_WORDS.has(w);
}

/** The segment is a name alone, perhaps after a conjunction and a title: "But Sen. Jo Roe". */
function nameSegment(ctx: ClaimContext, [a, b]: [number, number], kinds: ReadonlySet<ActorKind>): Mention | null {
  const { tokens, text } = ctx;
  const start = CONJUNCTIONS.has((tokens[a] as Token).lower) && a < b ? a + 1 : a;
  const name = openingName(ctx, start, b, kinds);
  // "Roe's aide, Jo Poe, said" is the aide's, not Roe's: a possessive is no subject
  if (!name || /^['’]/.test(text.slice(name.end, name.end + 1))) return null;
  return name;
}

/**
 * An aside's first words: an age, a party tag or place ("R-Fla.", "of Huntsville, Ala."), a
 * description ("a doctor", "research director for X"), a participle ("appearing on Fox News").
 * Not a further name of a person, which would make the chain a coordination of subjects.
 */
function asideOpening(ctx: ClaimContext, [a, b]: [number, number]): boolean {
  const { tokens } = ctx;
  const first = tokens[a] as Token;
  if (first.kind !== "word") return false;
  if (!first.upper && !CONJUNCTIONS.has(first.lower) && first.lower !== "or") return true;
  // a capitalised aside (a place, a party tag, a body) or a list's last item ("of population,
  // refugees, and migration") names no person: one would make the chain a coordination
  const start = first.start;
  const end = (tokens[b] as Token).end;
  return !mentionsIn(ctx.mentions, { start, end }).some((m) => m.kind === "person");
}
