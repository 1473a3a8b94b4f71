import { contentFrom, draft } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { CLAUSE_BOUNDARY, DETERMINERS, PASSIVE_BEFORE, PREPOSITIONS } from "./lexicon.js";
import { participleSpeaker } from "./participle.js";
import { type Speaker, speakerBefore } from "./speaker.js";
import { stanceObject } from "./stance-object.js";
import type { Token } from "./tokens.js";

const DESCRIBING = new Set(["describe", "describes", "described", "describing"]);
// how far the quoted label may sit from "called"
const LABEL_REACH = 16;
// "called for", "called on", "called off": another verb, not a label
const PARTICLES = new Set(["for", "on", "off", "up", "in", "out", "back", "to", "upon"]);
const JOINERS = new Set(["and", "or", ",", "as"]);
const ARTICLES = new Set(["a", "an"]);
const RELATIVES = new Set(["who", "that", "which", "whose"]);
// how many words the object of "called X a Y" may have
const OBJECT_REACH = 6;
// objects that a bare label may follow ("called himself conservative", "called it a disgrace")
// ("her" is left out: "described her remarks" is a possessive)
const LABELLED_PRONOUNS = new Set(["himself", "herself", "themselves", "itself", "myself", "him", "them", "it"]);
// words after such a pronoun that begin no label: time words, prepositions, auxiliaries ("called him Monday", "called them from")
const NOT_LABEL_START = new Set([
  "again",
  "back",
  "about",
  "over",
  "into",
  "from",
  "with",
  "by",
  "during",
  "before",
  "after",
  "is",
  "was",
  "were",
  "are",
  "has",
  "had",
  "would",
  "will",
  "and",
  "or",
  "but",
  "to",
  "last",
  "this",
  "yesterday",
  "today",
  "tonight",
]);
// a bare label after a pronoun longer than this is a clause, not a name
const MAX_PRONOUN_LABEL = 8;
// words that end a bare label ("a mistake, but ...", "a quack who ...")
const LABEL_END = new Set([
  "and",
  "but",
  "who",
  "which",
  "that",
  "because",
  "after",
  "while",
  "when",
  "for",
  "in",
  "on",
  "at",
]);

/**
 * 'Mitsotakis called the agreement "null and void"': a naming verb with a
 * quoted label reports the speaker's words about something. Without a quote
 * nearby ("called the meeting") it reports nothing.
 */
export function quotedLabel(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  const k = cue.last + 1;
  const first = tokens[k];
  if (!first || k > hi || PARTICLES.has(first.lower)) return null;
  if (nounNotNaming(first)) return null;
  if (givesName(ctx, cue, k, hi)) return null;
  let end = -1;
  for (let m = k; m <= hi && m - k <= LABEL_REACH; m++) {
    const t = tokens[m] as Token;
    const q = ctx.quoteMark[m] as number;
    if (q >= 0 && ctx.quotes[q]?.openTok === m) {
      end = (ctx.quotes[q] as { closeTok: number }).closeTok;
      break;
    }
    if (t.kind === "punct" && t.lower !== "'" && t.lower !== "-") break;
  }
  if (end < 0) {
    const label = bareLabel(ctx, cue, k, hi);
    // "described a rigged system": what is described is reported, label or not
    if (label || !DESCRIBING.has(cue.entry.words[0] ?? "")) return label;
    return stanceObject(ctx, cue, stops);
  }
  // '"null and void" and "geographically ridiculous"', 'a "nasty guy," an "anchor baby"'
  for (;;) {
    let m = end + 1;
    while (
      m <= hi &&
      m - end <= 2 &&
      (JOINERS.has((tokens[m] as Token).lower) || ARTICLES.has((tokens[m] as Token).lower))
    )
      m++;
    const q = ctx.quoteMark[m] as number;
    if (m === end + 1 || q < 0 || ctx.quotes[q]?.openTok !== m) break;
    end = (ctx.quotes[q] as { closeTok: number }).closeTok;
  }
  // 'called him a "liar" who is "utterly amoral"': a relative clause about the label is part of it
  if (RELATIVES.has(tokens[end + 1]?.lower ?? "") && end + 1 <= hi) {
    const rest = contentFrom(ctx, end + 1, stops);
    if (rest) end = Math.max(end, rest.last);
  }
  return draft(ctx, cue, subjectOf(ctx, cue), { first: k, last: end });
}

/**
 * 'called her vote a mistake', 'called Oz a quack', 'described the talks as
 * useful': without a quotation, a short object and an "a"/"an"/"as" label
 * still report the speaker's judgement.
 */
function bareLabel(ctx: ClaimContext, cue: Cue, k: number, hi: number): ClaimDraft | null {
  const { tokens } = ctx;
  const pronoun = pronounLabel(ctx, k, hi);
  if (pronoun >= 0) return draft(ctx, cue, subjectOf(ctx, cue), { first: k, last: pronoun });
  for (let m = k + 1; m <= hi && m - k <= OBJECT_REACH; m++) {
    const t = tokens[m] as Token;
    // 'described the meeting as a step forward': "as" introduces the label too
    const label = ARTICLES.has(t.lower) || t.lower === "as";
    if (t.kind !== "word" || (CLAUSE_BOUNDARY.has(t.lower) && !label)) return null;
    if (!label || tokens[m + 1]?.kind !== "word") continue;
    let last = m + 1;
    while (
      last + 1 <= hi &&
      (tokens[last + 1] as Token).kind === "word" &&
      !LABEL_END.has((tokens[last + 1] as Token).lower)
    )
      last++;
    return draft(ctx, cue, subjectOf(ctx, cue), { first: k, last });
  }
  return null;
}

/**
 * 'called himself conservative', 'called it the nerd prom', 'calls them
 * reckless': a pronoun object and a lower-case label after it. Returns the
 * label's last token, or -1 ("called him back", "called them on Monday").
 */
function pronounLabel(ctx: ClaimContext, k: number, hi: number): number {
  const { tokens } = ctx;
  const object = tokens[k] as Token;
  const label = tokens[k + 1];
  if (!LABELLED_PRONOUNS.has(object.lower) || k + 1 > hi || label === undefined || label.kind !== "word") return -1;
  if (label.upper || NOT_LABEL_START.has(label.lower) || PREPOSITIONS.has(label.lower) || PARTICLES.has(label.lower))
    return -1;
  if (label.lower.endsWith("ly")) return -1;
  let last = k + 1;
  while (
    last + 1 <= hi &&
    (tokens[last + 1] as Token).kind === "word" &&
    !LABEL_END.has((tokens[last + 1] as Token).lower)
  )
    last++;
  return last - k <= MAX_PRONOUN_LABEL ? last : -1;
}

// prepositions a naming verb's object may open with: "described as 'unhinged'", "described by the paper as ..."
const OBJECT_PREPOSITIONS = new Set(["as", "by"]);

/**
 * "in the longer term, with its efforts", "terms of a peace", "calls from listeners": a naming
 * verb's object opens with a word and no other preposition, so a cue word before one is a noun.
 */
function nounNotNaming(first: Token): boolean {
  if (first.kind === "punct") return true;
  return (PREPOSITIONS.has(first.lower) || first.lower === "of") && !OBJECT_PREPOSITIONS.has(first.lower);
}

function subjectOf(ctx: ClaimContext, cue: Cue): Speaker {
  return participleSpeaker(ctx, cue) ?? speakerBefore(ctx, cue.first);
}

// how far back the article of "a song called ..." may stand from the naming verb
const NOUN_PHRASE_REACH = 4;
// how far after the name a second label ("called Lee a liar") is looked for
const SECOND_LABEL_REACH = 5;

/**
 * 'a group called "Open Doors"', 'a process called exfiltration', 'was commonly called swine
 * flu': after an indefinite noun phrase, or in the passive, the naming verb is a participle that
 * gives a thing its name, and nobody is reported saying anything. Not 'a spokesman called it a
 * disgrace' or 'an aide called Lee "a liar"': a pronoun, a determiner or a second label after
 * the verb makes it a speaker's judgement.
 */
function givesName(ctx: ClaimContext, cue: Cue, k: number, hi: number): boolean {
  const { tokens } = ctx;
  let j = cue.first - 1;
  const prev = tokens[j];
  if (!prev || prev.kind !== "word" || prev.upper) return false;
  const object = tokens[k] as Token;
  if (
    object.kind === "word" &&
    (DETERMINERS.has(object.lower) || LABELLED_PRONOUNS.has(object.lower) || object.lower === "her")
  )
    return false;
  if (object.kind !== "word" && object.kind !== "quote") return false;
  // "was commonly called": an adverb between the passive auxiliary and the participle
  while (j > 0 && (tokens[j] as Token).kind === "word" && (tokens[j] as Token).lower.endsWith("ly")) j--;
  if (j < cue.first - 1 && PASSIVE_BEFORE.has((tokens[j] as Token).lower)) return true;
  if (!indefiniteNounBefore(ctx, cue.first)) return false;
  // "called Lee a liar", "called the plan "a disaster"": a second label follows the name
  const after = object.kind === "quote" ? ((ctx.quotes[ctx.quoteMark[k] as number]?.closeTok ?? k) as number) : k;
  for (let m = after + 1; m <= hi && m - after <= SECOND_LABEL_REACH; m++) {
    const t = tokens[m] as Token;
    if (t.kind === "quote" || ARTICLES.has(t.lower) || t.lower === "as") return false;
    if (t.kind !== "word") break;
  }
  return true;
}

/** "a song", "an economic plan", "a sex worker's group": an indefinite noun phrase ends before `first`. */
function indefiniteNounBefore(ctx: ClaimContext, first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= NOUN_PHRASE_REACH; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.kind !== "word" || ctx.sentenceOf[j] !== ctx.sentenceOf[first]) return false;
    if (ARTICLES.has(t.lower)) return j < first - 1;
  }
  return false;
}
