import { firstStartingAt } from "../first-starting-at.js";
import type { Span } from "../model.js";
import { verbAfterApposition } from "./apposition-verb.js";
import type { ClaimContext, Cue } from "./context.js";
import { isReportingUse } from "./cue-check.js";
import type { ClaimDraft } from "./draft.js";
import {
  BETWEEN_SUBJECT_AND_CUE,
  CLAUSE_BOUNDARY,
  type CueEntry,
  PERSON_PRONOUNS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { mentionsIn } from "./mentions-near.js";
import { participleSpeaker } from "./participle.js";
import type { Quote } from "./quotes.js";
import {
  clauseSubject,
  clauseVerb,
  resolveNounPhrase,
  type Speaker,
  skipBackOverAuxiliaries,
  speakerAfter,
  speakerBefore,
} from "./speaker.js";
import type { Token } from "./tokens.js";
import { namesWork } from "./work-title.js";

// how many tokens a cue may sit from the quote it introduces
const CUE_REACH = 12;
const CUE_REACH_AFTER = 24;
// words a bare attribution after a quote that ends in a full stop may have: 'Trump said.'
const SHORT_ATTRIBUTION = 4;
// tokens that may sit between a claim and a quotation that goes on with it
const CONTINUATION_GAP = 30;
// a quotation split by its cue may carry a long aside about its speaker between the pieces
const SPLIT_QUOTE_GAP = 60;
// a relative pronoun before a cue makes the cue part of an aside about the speaker
const RELATIVE_PRONOUNS = new Set(["who", "which"]);
const HANDOVER_MARKS = new Set([",", "?", "!", "—", "–", "…", "-", ";"]);
const DASHES = new Set(["―", "—", "–"]);
const IN_SPEAKER_PHRASE = new Set([",", "(", ")", "-"]);
const DASH_CUE: CueEntry = { words: ["―"], complement: "quote", object: false, inverts: true };
const SENTENCE_END = new Set([".", "!", "?", ";"]);
// cues that report their object, never a quotation standing apart from them
const OBJECT_CUES = new Set<string>(["naming", "stance"]);

interface Attachment {
  cue: Cue;
  who: Speaker;
  /** Last token of the cue or its speaker phrase. */
  reach: number;
}

const cueSpan = (ctx: ClaimContext, cue: Cue): Span => ({
  start: (ctx.tokens[cue.first] as Token).start,
  end: (ctx.tokens[cue.last] as Token).end,
});

/** Inside the marks, without the comma that hands over to the cue. */
function contentOf(ctx: ClaimContext, q: Quote): Span {
  let { start, end } = q.inner;
  while (start < end && /\s/.test(ctx.text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(ctx.text[end - 1] ?? "")) end--;
  return { start, end };
}

/** '... ended the call by saying "..."': the participle's speaker is the subject of the clause it ends. */
function bySaying(ctx: ClaimContext, cue: Cue): Speaker | null {
  const lo = ctx.sentenceFirst[ctx.sentenceOf[cue.first] as number] as number;
  if (!cue.entry.words[0]?.endsWith("ing") || cue.first - 1 <= lo || ctx.tokens[cue.first - 1]?.lower !== "by")
    return null;
  return clauseSubject(ctx, lo, cue.first - 1);
}

/** '"...," he said' / '"...," said Obama' / '"...," according to X' / '"..." ― Name'. */
function cueAfter(ctx: ClaimContext, q: Quote): Attachment | null {
  const { tokens } = ctx;
  let k = q.closeTok + 1;
  const next = tokens[k];
  if (!next) return null;
  if (!opensClause(ctx, q)) return null;
  if (next.kind === "punct" && DASHES.has(next.lower)) return dashAttribution(ctx, k);
  if (next.kind === "punct" && next.lower === ",") k++;
  else if (!handsOver(ctx, q) && !shortAttributionCloses(ctx, k)) return invertedWithoutComma(ctx, k);
  for (let m = k; m < tokens.length && m - k <= CUE_REACH_AFTER; m++) {
    const t = tokens[m] as Token;
    if (ctx.paragraphOf[m] !== ctx.paragraphOf[q.closeTok]) return null;
    // an apposition or an aside may sit between quote and cue: 'McFaul, a fellow (Hoover), said'
    if (t.kind !== "word") {
      if (t.kind === "punct" && IN_SPEAKER_PHRASE.has(t.lower) && m > k) continue;
      // 'Rep. Gwen Moore (D-Wis.) said': a full stop inside a parenthesis after the name
      if (t.lower === "." && tokens[m + 1]?.lower === ")" && m > k) continue;
      return null;
    }
    const cue = ctx.cueAt.get(m);
    if (cue && !OBJECT_CUES.has(cue.entry.complement) && isReportingUse(ctx, cue)) {
      // '"...", also observing, "..."': the cue introduces the next quote, not this one
      // ('"...," Psaki exclaimed, "..."' is one quote split by its cue)
      const participle = cue.entry.words[0]?.endsWith("ing") && cue.entry.complement !== "prepositional";
      if ((participle && introducesQuote(ctx, cue)) || subjectlessParticiple(ctx, cue, k)) return null;
      if (cue.entry.complement === "prepositional" || m === k) {
        if (m === k && cue.entry.complement !== "prepositional" && !cue.entry.inverts) return null;
        const who = speakerAfter(ctx, cue.last);
        return { cue, who, reach: who.source ? lastTokenOf(ctx, who.source, cue.last) : cue.last };
      }
      // '"...", also observing, "..."': the cue introduces the next quote, not this one
      return { cue, who: speakerBefore(ctx, cue.first, k), reach: cue.last };
    }
    // '"...," Jo Roe, who teaches in Dayton, said': a relative clause on the speaker runs to its closing comma
    if (RELATIVE_PRONOUNS.has(t.lower) && m > k + 1 && tokens[m - 1]?.lower === ",") {
      const close = asideClose(ctx, m, k + CUE_REACH_AFTER);
      if (close < 0) return null;
      m = close;
      continue;
    }
    if (CLAUSE_BOUNDARY.has(t.lower) && t.lower !== "and") return null;
  }
  return null;
}

/** The comma that closes a relative clause opening at `rel`, before `limit` and in plain words; -1 if none. */
function asideClose(ctx: ClaimContext, rel: number, limit: number): number {
  const { tokens } = ctx;
  for (let i = rel + 1; i < tokens.length && i <= limit; i++) {
    const t = tokens[i] as Token;
    if (t.lower === ",") return i;
    // a quotation or the sentence's end inside the clause: no aside of a speaker
    if (t.kind === "quote" || (t.kind === "punct" && SENTENCE_END.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * '"We stand ready" tweeted Johnson': no comma before the cue, but a cue that
 * may go before its subject right after the closing mark, then a name that
 * resolves to someone, attributes the quote all the same.
 */
function invertedWithoutComma(ctx: ClaimContext, k: number): Attachment | null {
  const cue = ctx.cueAt.get(k);
  const name = ctx.tokens[cue ? cue.last + 1 : k];
  if (!cue || !cue.entry.inverts || !name?.upper || !isReportingUse(ctx, cue)) return null;
  const who = speakerAfter(ctx, cue.last);
  if (who.speaker === null) return null;
  return { cue, who, reach: who.source ? lastTokenOf(ctx, who.source, cue.last) : cue.last };
}

/** '"...", adding that ...': a participle with no subject of its own starts a new report. */
function subjectlessParticiple(ctx: ClaimContext, cue: Cue, from: number): boolean {
  if (cue.entry.complement === "prepositional" || !cue.entry.words[0]?.endsWith("ing")) return false;
  for (let i = from; i < cue.first; i++) if (!BETWEEN_SUBJECT_AND_CUE.has((ctx.tokens[i] as Token).lower)) return false;
  return true;
}

/** A comma or colon and an opening quotation mark follow the cue. */
function introducesQuote(ctx: ClaimContext, cue: Cue): boolean {
  let k = cue.last + 1;
  const t = ctx.tokens[k];
  if (t && t.kind === "punct" && (t.lower === "," || t.lower === ":")) k++;
  const q = ctx.quoteMark[k];
  return q !== undefined && q >= 0 && ctx.quotes[q]?.openTok === k;
}

/** '"... missing." Trump said.': a few words with a cue, then the sentence's full stop. */
function shortAttributionCloses(ctx: ClaimContext, k: number): boolean {
  const { tokens } = ctx;
  let cue = false;
  for (let m = k; m < tokens.length && m - k <= SHORT_ATTRIBUTION; m++) {
    const t = tokens[m] as Token;
    if (t.kind === "punct" && t.lower === ".") return cue && m > k + 1;
    if (t.kind !== "word" || ctx.paragraphOf[m] !== ctx.paragraphOf[k]) return false;
    if (ctx.cueAt.has(m)) cue = true;
  }
  return false;
}

/** A quotation of speech opens its sentence or clause; "broadcast of “Fox News Sunday,”" does not. */
function opensClause(ctx: ClaimContext, q: Quote): boolean {
  const prev = ctx.tokens[q.openTok - 1];
  if (!prev || newParagraph(ctx, q.openTok)) return true;
  return prev.kind !== "word";
}

/** The quote ends with the comma, question or exclamation mark that hands over to a cue. */
function handsOver(ctx: ClaimContext, q: Quote): boolean {
  let i = q.inner.end - 1;
  // a quote ending in a quote ('... vote,\'"') hands over through both marks
  while (i > q.inner.start && /[\s'’]/.test(ctx.text[i] ?? "")) i--;
  return HANDOVER_MARKS.has(ctx.text[i] ?? "");
}

/** '"..." ― Krystal Correa': a dash and a name closing the paragraph attribute the quote. */
function dashAttribution(ctx: ClaimContext, dash: number): Attachment | null {
  const { tokens } = ctx;
  const first = tokens[dash + 1];
  if (!first || first.kind !== "word" || !first.upper) return null;
  let j = dash + 1;
  while (
    j + 1 < tokens.length &&
    j - dash < 8 &&
    ctx.paragraphOf[j + 1] === ctx.paragraphOf[dash] &&
    (tokens[j + 1] as Token).kind === "word"
  )
    j++;
  const end = tokens[j + 1];
  if (end && ctx.paragraphOf[j + 1] === ctx.paragraphOf[dash] && !(end.kind === "punct" && SENTENCE_END.has(end.lower)))
    return null;
  const cue: Cue = { first: dash, last: dash, entry: DASH_CUE };
  return { cue, who: resolveNounPhrase(ctx, dash + 1, j), reach: j };
}

function lastTokenOf(ctx: ClaimContext, span: Span, fallback: number): number {
  let i = fallback;
  while (i + 1 < ctx.tokens.length && (ctx.tokens[i + 1] as Token).end <= span.end) i++;
  return i;
}

/** 'He said, "..."' / 'Charles told the Daily Mail: "..."' / 'said "..."'. */
function cueBefore(ctx: ClaimContext, q: Quote): Attachment | null {
  const { tokens } = ctx;
  const before = tokens[q.openTok - 1];
  if (!before) return null;
  let j = q.openTok - 1;
  if (before.kind === "punct") {
    if (before.lower !== "," && before.lower !== ":") return null;
    // only a colon may introduce a quotation in the next paragraph
    if (before.lower === "," && ctx.paragraphOf[j] !== ctx.paragraphOf[q.openTok]) return null;
    j--;
  } else if (before.kind !== "word") return null;
  else if (!/^\p{Lu}/u.test(ctx.text.slice(q.inner.start, q.inner.start + 1))) return null;
  for (let m = j; m >= 0 && j - m <= CUE_REACH; m--) {
    const t = tokens[m] as Token;
    if (t.kind === "punct" && SENTENCE_END.has(t.lower)) return null;
    if (t.kind === "quote" && ctx.quoteMark[m] !== -1) return null;
    // 'said Friday that if ..., "she would sign"': reported speech that quotes, not a quotation
    if (t.kind === "word" && t.lower === "that") return null;
    // a cue phrase ending at this token
    for (let f = m; f >= 0 && m - f < 4; f--) {
      const cue = ctx.cueAt.get(f);
      if (!cue || cue.last !== m) continue;
      // 'defended his decision: "As I have stated ..."': a stance and its object, then what was said
      if (OBJECT_CUES.has(cue.entry.complement) && (cue.entry.complement !== "stance" || before.kind === "word"))
        continue;
      // 'told the Washington Post, "..."': a cue word inside a name is no cue, and the cue is further back
      if (insideName(ctx, cue)) continue;
      if (!isReportingUse(ctx, cue)) return null;
      // with no comma or colon the quote must follow the cue at once: 'said "We ..."', or
      // after a short phrase of where it was said: 'said on Twitter "We ..."'
      if (before.kind === "word" && m !== j && !placePhraseThenSpeech(ctx, cue, m + 1, j, q)) return null;
      if (cue.entry.complement === "prepositional") return { cue, who: speakerAfter(ctx, cue.last), reach: j };
      return { cue, who: participleSpeaker(ctx, cue) ?? bySaying(ctx, cue) ?? speakerBefore(ctx, cue.first), reach: j };
    }
  }
  return null;
}

/** The cue's words lie inside a mention of an actor's name ("the Washington Post", "Fox News Reports"). */
function insideName(ctx: ClaimContext, cue: Cue): boolean {
  const first = ctx.tokens[cue.first] as Token;
  if (!first.upper) return false;
  const last = ctx.tokens[cue.last] as Token;
  const i = firstStartingAt(ctx.mentions, first.start + 1) - 1;
  const m = ctx.mentions[i];
  return m !== undefined && m.start <= first.start && m.end >= last.end;
}

const COLON_CUE: CueEntry = { words: [":"], complement: "quote", object: false, inverts: false };
// words before a name that put it inside a phrase rather than in subject place
const PHRASE_HEADS = new Set([
  "of",
  "to",
  "with",
  "at",
  "from",
  "in",
  "on",
  "for",
  "by",
  "about",
  "between",
  "against",
]);
// the fewest tokens a clause before the colon may have: a subject and a verb
const SHORTEST_LEAD = 2;

/**
 * 'Edwards addressed the public: "No one should ..."', 'Lee took a parting shot
 * on Twitter: "..."': a clause with no cue whose subject names an actor, then a
 * colon and a sentence of speech. The clause's verb stands for the cue.
 */
function colonLead(ctx: ClaimContext, q: Quote): Attachment | null {
  const { tokens } = ctx;
  const colon = q.openTok - 1;
  if (tokens[colon]?.lower !== ":" || ctx.paragraphOf[colon] !== ctx.paragraphOf[q.openTok]) return null;
  if (!looksLikeSpeech(ctx, q) || !closesSentence(ctx, q)) return null;
  const lo = ctx.sentenceFirst[ctx.sentenceOf[colon] as number] as number;
  if (colon - lo < SHORTEST_LEAD) return null;
  for (let i = lo; i < colon; i++) if ((tokens[i] as Token).kind === "quote") return null;
  const who = clauseSubject(ctx, lo, colon);
  if (who.speaker === null || who.source === null) return null;
  const named = tokenAtEnd(ctx, who.source.end);
  let verb = clauseVerb(ctx, named, colon);
  if (verb === colon) verb = verbAfterApposition(ctx, named, colon) ?? colon;
  // the subject comes before the verb, and not inside a phrase ("the talks between Ruritania and ...")
  let m = named;
  while (m > lo && (tokens[m - 1] as Token).upper) m--;
  if (PHRASE_HEADS.has(tokens[m - 1]?.lower ?? "") || verb === colon) return null;
  // the name heads the subject: "a government Twitter account made ..." is the account's, not Twitter's
  const after = tokens[named + 1] as Token;
  const modifier = after.kind === "word" && !after.upper && named + 1 !== verb;
  if (modifier && !BETWEEN_SUBJECT_AND_CUE.has(after.lower) && !after.lower.endsWith("ly")) return null;
  return { cue: { first: verb, last: verb, entry: COLON_CUE }, who, reach: colon };
}

/** The token that ends at `offset`, or the last one before it. */
function tokenAtEnd(ctx: ClaimContext, offset: number): number {
  let i = firstStartingAt(ctx.tokens, offset) - 1;
  while (i > 0 && (ctx.tokens[i] as Token).end > offset) i--;
  return Math.max(i, 0);
}

// how many words a phrase between a cue and its unpunctuated quotation may have ("in a statement")
const PLACE_PHRASE_REACH = 5;
const PLACE_PHRASE_HEADS = new Set(["on", "in", "at", "via", "during", "through", "to", "after", "before"]);

/**
 * 'said on Twitter "We ..."', 'said in a statement "The ..."', 'told reporters "We ..."',
 * 'told the BBC after the verdict "My ..."': tokens from..to are a short prepositional
 * phrase of plain words, after a cue that takes a hearer its hearer and such a phrase or
 * nothing, and the quotation after them is a sentence of speech (a quoted title after "on" is not).
 */
function placePhraseThenSpeech(ctx: ClaimContext, cue: Cue, from: number, to: number, q: Quote): boolean {
  let k = from;
  // a hearer's name may hold a cue word ("the Washington Post")
  if (cue.entry.object)
    while (k <= to && k - from < HEARER_WORDS && plainWord(ctx, k, insideMention(ctx, k)) && !placeHead(ctx, k)) k++;
  if (k <= to && (to - k + 1 > PLACE_PHRASE_REACH || !placeHead(ctx, k))) return false;
  // "after the verdict", not "after he won": the head may be a subordinator, the rest names no subject
  for (let i = k; i <= to; i++)
    if (!(i === k ? (ctx.tokens[i] as Token).kind === "word" : plainWord(ctx, i))) return false;
  return looksLikeSpeech(ctx, q) && closesSentence(ctx, q);
}

// words a hearer between a cue and its unpunctuated quotation may have ("the Washington Post")
const HEARER_WORDS = 4;

function insideMention(ctx: ClaimContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const m = ctx.mentions[firstStartingAt(ctx.mentions, t.start + 1) - 1];
  return m !== undefined && m.start <= t.start && m.end >= t.end;
}

function placeHead(ctx: ClaimContext, i: number): boolean {
  return PLACE_PHRASE_HEADS.has(ctx.tokens[i]?.lower ?? "");
}

function plainWord(ctx: ClaimContext, i: number, named = false): boolean {
  const t = ctx.tokens[i] as Token;
  return (
    t.kind === "word" &&
    (named || !ctx.cueAt.has(i)) &&
    !CLAUSE_BOUNDARY.has(t.lower) &&
    !SUBJECT_PRONOUNS.has(t.lower) &&
    t.lower !== "that"
  );
}

/**
 * The quote comes right after the words that ended the last claim: nothing
 * but the rest of the cue's sentence between them, in the same paragraph or
 * as the next paragraph's first words ('"...," he said.' then '"..."').
 */
export function followsAtOnce(ctx: ClaimContext, lastToken: number, q: Quote, gap = CONTINUATION_GAP): boolean {
  if (q.openTok - lastToken > gap) return false;
  const pLast = ctx.paragraphOf[lastToken] as number;
  for (let i = lastToken + 1; i < q.openTok; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.paragraphOf[i] !== pLast) return false;
    if (t.kind === "quote") {
      // 'he said on “Meet the Press.” “...”': a quoted title inside the attribution is skipped
      const title = quotedTitleAt(ctx, i);
      if (title === null || title.closeTok >= q.openTok) return false;
      i = title.closeTok;
      continue;
    }
    if (startsReport(ctx, i)) return false;
  }
  // the next paragraph with words in it: blank lines between count as paragraph ends of their own
  return ctx.paragraphOf[q.openTok] === pLast || newParagraph(ctx, q.openTok);
}

/** A quotation opening at token `i` right after a word ('on “Meet the Press”'): a name or title, not speech. */
function quotedTitleAt(ctx: ClaimContext, i: number): Quote | null {
  const qi = ctx.quoteMark[i] as number;
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.openTok !== i || opensClause(ctx, q)) return null;
  return q;
}

/**
 * '..., Nev. “...”' and '... on “Meet the Press.” “...”': the full stop
 * ending the attribution sentence sits inside an abbreviation or a quoted
 * title, so no full-stop token comes before the next piece.
 */
function startsAfterHiddenStop(ctx: ClaimContext, q: Quote): boolean {
  const prev = ctx.tokens[q.openTok - 1];
  if (!prev || newParagraph(ctx, q.openTok)) return false;
  const first = ctx.tokens[q.openTok + 1];
  if (!first?.upper) return false;
  if (prev.kind === "word") return ctx.text[prev.end - 1] === ".";
  if (prev.kind !== "quote") return false;
  const qi = ctx.quoteMark[q.openTok - 1] as number;
  const before = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!before || before.closeTok !== q.openTok - 1) return false;
  return INNER_SENTENCE_END.has(ctx.text[lastInnerChar(ctx, before)] ?? "");
}

// words that join the next piece of a split quotation on: '..., he said, but "..."'
const JOINING_WORDS = new Set(["but", "and", "yet", "instead"]);

/** '"...," he said, but "..."' / 'Instead, "..."': a joining word, then the next piece. */
function startsAfterJoiningWord(ctx: ClaimContext, q: Quote): boolean {
  let j = q.openTok - 1;
  if (ctx.tokens[j]?.lower === ",") j--;
  const word = ctx.tokens[j];
  if (!word || word.kind !== "word" || !JOINING_WORDS.has(word.lower) || newParagraph(ctx, j + 1)) return false;
  const before = ctx.tokens[j - 1];
  return (
    !before ||
    newParagraph(ctx, j) ||
    (before.kind === "punct" && (before.lower === "," || SENTENCE_END.has(before.lower)))
  );
}

/**
 * A cue in the attribution's sentence that reports something of its own
 * ("Jones said ..."), so what follows may be its speaker's; a noun ("when
 * a dozen states held"), a label ("a PAC called ...") or an aside does not.
 */
function startsReport(ctx: ClaimContext, i: number): boolean {
  const cue = ctx.cueAt.get(i);
  if (!cue || asideCue(ctx, i) || OBJECT_CUES.has(cue.entry.complement)) return false;
  if (cue.entry.complement === "that" && ctx.tokens[cue.last + 1]?.lower !== "that") return false;
  return isReportingUse(ctx, cue);
}

/**
 * '"...," Clinton said, recalling the 2007 bill. "..."' and '... said when
 * asked about it. "..."': a participle or a "when asked" in the attribution
 * sentence comments on the quotation; it does not start another speaker's.
 */
function asideCue(ctx: ClaimContext, i: number): boolean {
  const prev = ctx.tokens[i - 1]?.lower ?? "";
  const cue = ctx.cueAt.get(i) as Cue;
  if (cue.entry.words[0]?.endsWith("ing")) return prev === "," || cue.entry.complement === "stance";
  if (prev === "when" || prev === "after") return true;
  // '..., said Roe, who wrote about it in her book. "..."': a relative clause about the speaker
  const s = ctx.sentenceOf[i] as number;
  const j = skipBackOverAuxiliaries(ctx.tokens, i - 1, ctx.sentenceFirst[s] as number);
  return j >= 0 && RELATIVE_PRONOUNS.has((ctx.tokens[j] as Token).lower);
}

const INNER_SENTENCE_END = new Set([".", "!", "?", "…"]);

function lastInnerChar(ctx: ClaimContext, q: Quote): number {
  let i = q.inner.end - 1;
  while (i > q.inner.start && /\s/.test(ctx.text[i] ?? "")) i--;
  return i;
}

/** Nothing but a full stop or the paragraph's end follows the closing mark, or the quote ends its own sentence. */
function closesSentence(ctx: ClaimContext, q: Quote): boolean {
  const next = ctx.tokens[q.closeTok + 1];
  if (!next || newParagraph(ctx, q.closeTok + 1)) return true;
  // '"... and charities." It's unclear ...': the full stop inside the marks ends the sentence
  if (next.upper && INNER_SENTENCE_END.has(ctx.text[lastInnerChar(ctx, q)] ?? "")) return true;
  return (next.kind === "punct" && SENTENCE_END.has(next.lower)) || next.kind === "quote";
}

/** A line break or a paragraph boundary lies before token `i` (headings may sit outside every paragraph). */
function newParagraph(ctx: ClaimContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return true;
  if (ctx.paragraphOf[i - 1] !== ctx.paragraphOf[i]) return true;
  return ctx.text.slice(prev.end, (ctx.tokens[i] as Token).start).includes("\n");
}

function startsSentence(ctx: ClaimContext, q: Quote): boolean {
  const prev = ctx.tokens[q.openTok - 1];
  if (!prev || newParagraph(ctx, q.openTok)) return true;
  return prev.kind === "punct" && SENTENCE_END.has(prev.lower);
}

/** The speaker of a quotation that stands alone: the last claim's, or a person named just before. */
function standaloneSpeaker(ctx: ClaimContext, q: Quote, last: ClaimDraft | undefined): Speaker | null {
  const s = ctx.sentenceOf[q.openTok] as number;
  const prevSentence = Math.max(0, s - 1);
  if (last && last.speaker !== null && ctx.sentenceOf[last.lastToken] !== undefined) {
    const ls = ctx.sentenceOf[last.lastToken] as number;
    if (ls >= prevSentence - 1) return { speaker: last.speaker, source: null };
  }
  if (s === 0) return null;
  const first = ctx.tokens[ctx.sentenceFirst[prevSentence] as number] as Token;
  const lastTok = ctx.tokens[ctx.sentenceLast[prevSentence] as number] as Token;
  const people = mentionsIn(ctx.mentions, { start: first.start, end: lastTok.end }).filter((m) => m.kind === "person");
  const m = people[0];
  return m ? { speaker: m.actor, source: null } : null;
}

/**
 * Direct quotations: a quote with its cue before or after it, the pieces of
 * a quote split by its cue ('"...," he said. "..."'), and a quote that stands
 * alone right after its speaker was named. One claim per cue.
 */
export function findDirectQuotes(ctx: ClaimContext, usedCues: Set<number>): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const byCue = new Map<number, ClaimDraft>();
  for (const q of ctx.quotes) {
    const content = contentOf(ctx, q);
    // 'in his new book, "Doomed to Succeed," and in an interview, Ross said': a title is no speech
    if (content.end <= content.start || namesWork(ctx, q)) continue;
    const after = cueAfter(ctx, q);
    const at = after ?? cueBefore(ctx, q) ?? colonLead(ctx, q);
    const lead = after ? leadIn(ctx, q) : null;
    if (lead !== null) content.start = lead;
    if (at) {
      const same = byCue.get(at.cue.first);
      if (same) {
        same.content = {
          start: Math.min(same.content.start, content.start),
          end: Math.max(same.content.end, content.end),
        };
        same.lastToken = Math.max(same.lastToken, q.closeTok, at.reach);
        continue;
      }
      const draft: ClaimDraft = {
        speaker: at.who.speaker,
        source: at.who.source,
        cue: cueSpan(ctx, at.cue),
        content,
        // words of the writer's before the quotation make it a partial quote
        kind: lead !== null ? "partial" : "direct",
        cueToken: at.cue.first,
        lastToken: Math.max(q.closeTok, at.reach),
      };
      byCue.set(at.cue.first, draft);
      usedCues.add(at.cue.first);
      out.push(draft);
      continue;
    }
    const starts = startsSentence(ctx, q);
    if (!(starts || startsAfterHiddenStop(ctx, q) || startsAfterJoiningWord(ctx, q)) || !closesSentence(ctx, q))
      continue;
    const last = out[out.length - 1];
    // '"...," he said. "..."': the second piece belongs to the same cue
    if (
      last &&
      last.cueToken >= 0 &&
      (ctx.tokens[last.cueToken] as Token).start > last.content.end &&
      followsAtOnce(ctx, last.lastToken, q, SPLIT_QUOTE_GAP) &&
      last.content.end < q.inner.start
    ) {
      last.content = { start: last.content.start, end: content.end };
      last.lastToken = q.closeTok;
      continue;
    }
    if (!starts || !looksLikeSpeech(ctx, q)) continue;
    const who = standaloneSpeaker(ctx, q, last);
    if (!who) continue;
    const open = ctx.tokens[q.openTok] as Token;
    out.push({
      speaker: who.speaker,
      source: who.source,
      // no cue word: the opening mark stands in for it
      cue: { start: open.start, end: open.end },
      content,
      kind: "direct",
      cueToken: -1,
      lastToken: q.closeTok,
    });
  }
  return out;
}

/**
 * 'With thousands of systems, "there is no single point of failure," he
 * said': the words that open the quotation's sentence before a comma are
 * part of what the speaker is reported to have said. Not when they hold a
 * cue or a quotation of their own.
 */
function leadIn(ctx: ClaimContext, q: Quote): number | null {
  const comma = q.openTok - 1;
  if (ctx.tokens[comma]?.lower !== ",") return null;
  const s = ctx.sentenceOf[q.openTok] as number;
  const first = ctx.sentenceFirst[s] as number;
  if (comma - first < 2 || ctx.paragraphOf[first] !== ctx.paragraphOf[q.openTok]) return null;
  for (let i = first; i < comma; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.kind === "quote" || ctx.cueAt.has(i)) return null;
  }
  return (ctx.tokens[first] as Token).start;
}

/** Several words and a full stop or question: a quoted statement, not a quoted name or term. */
function looksLikeSpeech(ctx: ClaimContext, q: Quote): boolean {
  let words = 0;
  for (let i = q.openTok + 1; i < q.closeTok && words < 4; i++) if ((ctx.tokens[i] as Token).kind === "word") words++;
  if (words < 4) return false;
  const first = ctx.tokens[q.openTok + 1] as Token;
  return first.upper || PERSON_PRONOUNS.has(first.lower) || first.kind !== "word";
}
