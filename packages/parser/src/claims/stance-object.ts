import { bareNounPhrase } from "./bare-noun-phrase.js";
import { draft, type TokenRange } from "./content-range.js";
import type { ClaimContext, Cue } from "./context.js";
import type { ClaimDraft } from "./draft.js";
import { judgedOnly } from "./judged-only.js";
import { AUXILIARY_AFTER_RELATIVE, CITED_SOURCES, NOT_OBJECT_START, OBJECT_END, QUESTION_WORDS } from "./lexicon.js";
import { beforeTimeOrVenue } from "./object-time.js";
import { participleSpeaker } from "./participle.js";
import { speakerBefore } from "./speaker.js";
import type { Token } from "./tokens.js";

// an object phrase longer than this is a clause the verb does not govern
const MAX_OBJECT = 60;
const LIST_OPENERS = new Set(["including", "such"]);

/** A past-tense verb after "and" ("and highlighted"): a capitalised or short word is a noun or a name. */
function secondVerb(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.upper && t.lower.length > 4 && t.lower.endsWith("ed");
}

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
  const range = objectRange(ctx, k, Math.min(stops[k] as number, hi + 1));
  if (cue.entry.sourceObject && namesSource(ctx, range)) return null;
  // "called for an inquiry", "called on Turkey to halt drilling": what a request asks for is a
  // demand (a response), not something said, so the output leaves it out; the event finders still read it
  if (cue.entry.request) return { ...draft(ctx, cue, subjectOf(ctx, cue), range), stance: true };
  // "endorsed Lind last week": not a belief's clause ("thinks he will win in March"), whose time is what is thought
  if (cue.entry.complement === "stance" && !cue.entry.belief) range.last = beforeTimeOrVenue(ctx, range);
  // "discussed the case", "referring to Obama", "asked about it": after a verb of topic a bare noun
  // phrase names what was spoken of, not what was said, so the output leaves it out (on PolNeAR's
  // open train texts 18 of 79 such objects were its contents); events still read it
  if (cue.entry.topicObject && topicOnly(ctx, cue, k, range))
    return { ...draft(ctx, cue, subjectOf(ctx, cue), range), stance: true, topic: true };
  // "supported Clinton", "criticized the trade": only whom or what is judged; events still read it.
  // Any other bare noun phrase after a stance verb ("criticized the new tax") stays a claim:
  // PolNeAR counts such objects as content, and leaving them all out cost its content F1 0.660 -> 0.635
  if (!cue.entry.belief && judgedOnly(ctx, range))
    return { ...draft(ctx, cue, subjectOf(ctx, cue), range), stance: true, topic: true };
  return draft(ctx, cue, subjectOf(ctx, cue), range);
}

/**
 * The object is a bare noun phrase right after the cue ("discussed the case"), or one word after
 * "that" ("echoed that promise"), where "that" points at the word rather than opening a clause.
 */
function topicOnly(ctx: ClaimContext, cue: Cue, k: number, range: TokenRange): boolean {
  if (k === cue.last + 2) return range.first === range.last && (ctx.tokens[range.first] as Token).kind === "word";
  return (ctx.tokens[k] as Token).lower !== "to" && bareNounPhrase(ctx, range);
}

// words after a source's head noun that qualify it ("sources close to", "officials within")
const SOURCE_QUALIFIERS = new Set(["close", "within", "familiar", "in", "at", "of", "from", "with", "inside", "near"]);
const MAX_SOURCE_WORDS = 3;
const NAMED_SOURCE: ReadonlySet<string> = new Set(["person", "organization", "media"]);

/**
 * "citing anonymous sources", "cited local officials", "citing Reuters": the
 * object is who the report came from, not what it says. Its head is the word
 * before any qualifier: a source noun, or a person, body or outlet's name.
 */
function namesSource(ctx: ClaimContext, range: TokenRange): boolean {
  const { tokens } = ctx;
  let head = range.last;
  for (let i = range.first + 1; i <= range.last; i++)
    if (SOURCE_QUALIFIERS.has((tokens[i] as Token).lower)) {
      head = i - 1;
      break;
    }
  const h = tokens[head] as Token;
  // a source is a short phrase; a longer object says something ("comments Trump had made about Machado")
  if (h.kind !== "word" || head - range.first > MAX_SOURCE_WORDS) return false;
  if (CITED_SOURCES.has(h.lower)) return true;
  return ctx.mentions.some((m) => m.start <= h.start && m.end >= h.end && NAMED_SOURCE.has(m.kind));
}

/** From `k` to a comma, dash or subordinate clause before `stop`, without closing punctuation. */
function objectRange(ctx: ClaimContext, k: number, stop: number): TokenRange {
  const { tokens } = ctx;
  const end = Math.min(stop, k + MAX_OBJECT);
  let last = k;
  // "A, B, and C": once the object is a list, the comma before its last item goes on with it
  let inList = false;
  let listClosed = false;
  for (let i = k + 1; i < end; i++) {
    const u = tokens[i] as Token;
    // "a ban on cloning, including ...": a list the object announces goes on with it
    const next = tokens[i + 1]?.lower ?? "";
    const listComma = LIST_OPENERS.has(next) || (inList && !listClosed && LIST_JOINS.has(next));
    if (u.lower === "," && (listComma || (!listClosed && listGoesOn(ctx, i, end)))) {
      inList = true;
      // "education, health, and farming, and a few years later": the list ends with its last item
      listClosed = LIST_JOINS.has(next);
      last = i;
      continue;
    }
    // a comma inside a quoted phrase does not end the object
    if (ctx.insideQuote[i] === -1 && OBJECT_END.has(u.lower)) break;
    // "decried the tax and highlighted her plan": a second verb of the subject ends the object
    if (u.lower === "and" && secondVerb(tokens[i + 1])) break;
    last = i;
  }
  while (last > k && (tokens[last] as Token).kind === "punct") last--;
  return { first: k, last };
}

// words one item of a list may run to ("his efforts to rein in defense spending")
const MAX_ITEM_WORDS = 8;
const LIST_JOINS = new Set(["and", "or"]);
const RELATIVE_OPENERS = new Set(["who", "whom", "whose", "which", "that", "where"]);

/**
 * 'citing low growth, unemployment and inequality': a comma that a run of
 * short items closed by "and"/"or" follows separates the items of one object,
 * not the object from what comes after it.
 */
function listGoesOn(ctx: ClaimContext, comma: number, end: number): boolean {
  const { tokens } = ctx;
  let words = 0;
  let items = 0;
  for (let i = comma + 1; i < end; i++) {
    const u = tokens[i] as Token;
    if (u.lower === ",") {
      if (words === 0) return false;
      words = 0;
      items++;
      continue;
    }
    // an "and" inside a quoted phrase ('"one or two instances"') joins nothing of the object
    if (ctx.insideQuote[i] !== -1) {
      if (u.kind === "word") words++;
      continue;
    }
    if (OBJECT_END.has(u.lower) || RELATIVE_OPENERS.has(u.lower)) return false;
    // "a candidate, mocked the party", "..., this has been happening": a verb or an auxiliary makes the item a predicate
    if (AUXILIARY_AFTER_RELATIVE.has(u.lower) || (words === 0 && secondVerb(u))) return false;
    // ", and he said ...": an "and" straight after the comma joins clauses unless items came before it
    if (LIST_JOINS.has(u.lower))
      return (
        (words > 0 || items > 0) &&
        tokens[i + 1]?.kind === "word" &&
        !secondVerb(tokens[i + 1]) &&
        !adverbThenVerb(tokens, i + 1)
      );
    if (u.kind === "word" && ++words > MAX_ITEM_WORDS) return false;
  }
  return false;
}

/** "and virulently opposed Trump": an adverb before a past-tense verb is still a second predicate. */
function adverbThenVerb(tokens: Token[], k: number): boolean {
  return (tokens[k] as Token).lower.endsWith("ly") && secondVerb(tokens[k + 1]);
}

/** '..., praising the plan': a participle's subject is its main clause's. */
function subjectOf(ctx: ClaimContext, cue: Cue) {
  return participleSpeaker(ctx, cue) ?? speakerBefore(ctx, cue.first);
}

// words an indirect question's asker may name as its hearer before the question
const HEARER_REACH = 4;

/**
 * 'asked whether the plan would work', 'A reporter asked Sanders how he
 * felt', 'Asked if he would run, ...': the question is what the cue reports.
 */
export function indirectQuestion(ctx: ClaimContext, cue: Cue, stops: Int32Array): ClaimDraft | null {
  const { tokens } = ctx;
  const hi = ctx.sentenceLast[ctx.sentenceOf[cue.last] as number] as number;
  let k = cue.last + 1;
  while (k <= hi && k - cue.last <= HEARER_REACH && !QUESTION_WORDS.has((tokens[k] as Token).lower)) {
    if ((tokens[k] as Token).kind !== "word") return null;
    k++;
  }
  if (k > hi || !QUESTION_WORDS.has((tokens[k] as Token).lower) || tokens[k + 1]?.kind !== "word") return null;
  const range = objectRange(ctx, k, Math.min(stops[k] as number, hi + 1));
  return draft(ctx, cue, subjectOf(ctx, cue), range);
}
