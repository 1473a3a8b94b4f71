import { WordKeys } from "../tokens/word-key.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import type { Token } from "./tokens.js";

// A small pattern language for cue phrases kept in data files:
//   "expel*"          a word starting with "expel"
//   "ambassador|envoy" either word
//   "?further"        an optional word
//   "~3"              up to three words of any kind (never punctuation)
//   "!to"             the next token is not "to" (consumes nothing)
// Words are matched on lower-cased tokens, so matching is linear in the text
// times a small constant: no regular expression runs over the sentence.

type Element =
  | {
      kind: "word";
      alts: { word: string; prefix: boolean }[];
      optional: boolean;
      negated?: boolean;
      /** The alternatives read whole, as a set when there are many ("~6 illegal|void|... 115 labels"). */
      whole: Set<string> | string[];
      /** The alternatives read as prefixes. */
      prefixes: string[];
    }
  | { kind: "gap"; max: number };

// from this many whole-word alternatives on, one set lookup is cheaper than comparing each
const SET_FROM = 8;

export interface CuePattern<T> {
  source: string;
  elements: Element[];
  value: T;
}

export interface CueMatch<T> {
  pattern: CuePattern<T>;
  /** Index of the first and last matched token (inclusive). */
  first: number;
  last: number;
}

function parseElement(raw: string): Element {
  const gap = /^~(\d)$/.exec(raw);
  if (gap) return { kind: "gap", max: Number(gap[1]) };
  const optional = raw.startsWith("?");
  const negated = raw.startsWith("!");
  const body = optional || negated ? raw.slice(1) : raw;
  const alts = body.split("|").map((a) => ({ word: a.replace(/\*$/, ""), prefix: a.endsWith("*") }));
  const whole = alts.filter((a) => !a.prefix).map((a) => a.word);
  const prefixes = alts.filter((a) => a.prefix).map((a) => a.word);
  return { kind: "word", alts, optional, negated, whole: whole.length >= SET_FROM ? new Set(whole) : whole, prefixes };
}

export function compilePattern<T>(source: string, value: T): CuePattern<T> {
  const elements = source.trim().toLowerCase().split(/\s+/).map(parseElement);
  const head = elements[0];
  if (!head || head.kind !== "word" || head.optional || head.negated)
    throw new Error(`cue pattern must start with a word: ${source}`);
  return { source, elements, value };
}

function wordMatches(el: Extract<Element, { kind: "word" }>, tok: Token): boolean {
  if (tok.punct) return false;
  const lower = tok.lower;
  const whole = el.whole;
  if (Array.isArray(whole)) {
    for (let k = 0; k < whole.length; k++) if (lower === whole[k]) return true;
  } else if (whole.has(lower)) return true;
  const prefixes = el.prefixes;
  for (let k = 0; k < prefixes.length; k++) if (lower.startsWith(prefixes[k] as string)) return true;
  return false;
}

const RELATIVES = new Set(["who", "which", "whose", "whom"]);
const RELATIVE_REACH = 16;

/** Index just past ", who ... ," starting at token i, or i when no such clause opens there. */
function relativeClauseEnd(tokens: Token[], i: number, end: number): number {
  if (tokens[i]?.lower !== "," || !RELATIVES.has(tokens[i + 1]?.lower ?? "")) return i;
  for (let k = i + 2; k < end && k <= i + RELATIVE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.lower === ",") return k + 1;
    if (t.punct && !QUOTE_MARKS.has(t.lower)) return i;
  }
  return i;
}

// Returns the last token index of a match of elements[e..] starting at token i, or -1.
function matchFrom<T>(p: CuePattern<T>, e: number, tokens: Token[], i: number, end: number): number {
  if (e === p.elements.length) return i - 1;
  const el = p.elements[e] as Element;
  if (el.kind === "gap") {
    for (let skip = 0; skip <= el.max; skip++) {
      const j = i + skip;
      if (j > end) break;
      // a gap runs over words and quotation marks, never over a clause's punctuation,
      // but over a relative clause set off by commas ("asked X, who ..., to resign") as over nothing
      if (skip > 0 && (tokens[j - 1] as Token).punct && !QUOTE_MARKS.has((tokens[j - 1] as Token).lower)) break;
      const past = relativeClauseEnd(tokens, j, end);
      if (past > j) {
        const r = matchFrom(p, e, tokens, past, end);
        if (r >= 0) return r;
      }
      const r = matchFrom(p, e + 1, tokens, j, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (el.negated) {
    // '"totally inappropriate" for X': the word a negation rules out is read past a closing quotation mark
    let j = i;
    while (j < end && QUOTE_MARKS.has((tokens[j] as Token).lower)) j++;
    return j < end && wordMatches(el, tokens[j] as Token) ? -1 : matchFrom(p, e + 1, tokens, i, end);
  }
  if (i < end && wordMatches(el, tokens[i] as Token)) {
    const r = matchFrom(p, e + 1, tokens, i + 1, end);
    if (r >= 0) return r;
  }
  return el.optional ? matchFrom(p, e + 1, tokens, i, end) : -1;
}

// Every cue set's head words in one table, one bit per set: a doc's tokens are
// looked up in it once (cueIndex), and then each set skips at once the tokens,
// and whole sentences, that hold none of its head words. The event stages run
// a dozen sets over the same tokens, so this replaces a dozen lookups a token.
// The table is keyed by a word's first letters (no string hashing), and a
// token's bits are those of the head words it really is (or, for a prefix,
// starts with): a token that only shares a head word's first letters
// ("control" for "condemn") sets no bit, so no set looks at it or, when a
// sentence has none, at its sentence.
// The same table gives a set the patterns a token heads (`heads`), so finding
// them costs no lookup of the token's own string in a table of words.
interface HeadWord {
  word: string;
  prefix: boolean;
  /** The bits of the sets it heads a pattern of: sets 0-30 in `low`, sets 31-61 in `high`. */
  low: number;
  high: number;
  /** Per set id, the indexes of that set's patterns this word heads, in lexicon order. */
  heads: number[][];
  /** The bits of the required tail elements (see TAIL_BITS) this word satisfies, two words as for sets. */
  tailLow: number;
  tailHigh: number;
}
// The head words that share a key (first three letters), whole words by their
// length and prefixes apart: a token is compared only with the whole words of
// its own length (one at most can equal it) and the prefixes, not with every
// word of its key ("con" has 32: condemn, confirm, contest, ...).
interface Bucket {
  exact: (HeadWord[] | undefined)[];
  prefixes: HeadWord[];
}
const headWords = new WordKeys<Bucket>();
let setCount = 0;
// sets a word of bits holds (a 32-bit integer's, the sign bit left alone); two words a token
const BITS = 31;

function addHeadWord(word: string, prefix: boolean, set: number, bit: number, pattern: number): void {
  const high = set >= BITS;
  const had = headWord(bucketList(word, prefix), word, prefix);
  if (high) had.high |= bit;
  else had.low |= bit;
  const own = had.heads[set];
  if (!own) had.heads[set] = [pattern];
  else if (own.at(-1) !== pattern) own.push(pattern);
}

function bucketList(word: string, prefix: boolean): HeadWord[] {
  let bucket = headWords.get(word);
  if (!bucket) {
    bucket = { exact: [], prefixes: [] };
    headWords.set(word, bucket);
  }
  let list = prefix ? bucket.prefixes : bucket.exact[word.length];
  if (!list) {
    list = [];
    bucket.exact[word.length] = list;
  }
  return list;
}

function headWord(list: HeadWord[], word: string, prefix: boolean): HeadWord {
  let had = list.find((h) => h.word === word);
  if (!had) {
    had = { word, prefix, low: 0, high: 0, heads: [], tailLow: 0, tailHigh: 0 };
    list.push(had);
  }
  return had;
}

// A pattern's words after its head that no match can do without (neither optional nor
// negated: "nothing", "to", "do", "with" in "he|she ~1 had|has|have nothing to do with")
// lie in the same sentence as its head. Each such element gets one of 62 bits (shared among
// elements round-robin), its words carry that bit in the head-word table, and a sentence
// ORs its tokens' bits together: a pattern whose elements' bits are not all among its
// sentence's is not tried, as it cannot match there ("is ... propaganda" in a sentence
// with no word of the list). A shared bit only lets more attempts through, never fewer.
// Elements of short words ("to", "the", "a|an") are in nearly every sentence and left out;
// so are prefixes shorter than the table's three-letter key (a token would miss their bucket).
const TAIL_BITS = 2 * BITS;
const tailBitOf = new Map<string, number>();

function tailBit(el: Extract<Element, { kind: "word" }>): number {
  if (el.optional || el.negated) return -1;
  if (el.alts.some((a) => (a.prefix ? a.word.length < 3 : a.word.length <= 3))) return -1;
  const key = el.alts.map((a) => (a.prefix ? `${a.word}*` : a.word)).join("|");
  let b = tailBitOf.get(key);
  if (b === undefined) {
    b = tailBitOf.size % TAIL_BITS;
    tailBitOf.set(key, b);
    for (const a of el.alts) {
      const had = headWord(bucketList(a.word, a.prefix), a.word, a.prefix);
      if (b < BITS) had.tailLow |= 1 << b;
      else had.tailHigh |= 1 << (b - BITS);
    }
  }
  return b;
}

// a token that is two head words at once ("accused": "accused" and "accus*") gets one
// entry for both, with each set's patterns merged in lexicon order, made once per pair
const mergedHeads = new Map<string, { sets: number; head: HeadWord }>();

function merge(words: HeadWord[]): HeadWord {
  const key = words.map((h) => (h.prefix ? `${h.word}*` : h.word)).join(" ");
  const hit = mergedHeads.get(key);
  if (hit && hit.sets === setCount) return hit.head;
  const head: HeadWord = { word: key, prefix: false, low: 0, high: 0, heads: [], tailLow: 0, tailHigh: 0 };
  for (const h of words) {
    head.low |= h.low;
    head.high |= h.high;
    head.tailLow |= h.tailLow;
    head.tailHigh |= h.tailHigh;
    h.heads.forEach((own, set) => {
      const had = head.heads[set];
      head.heads[set] = had ? [...new Set([...had, ...own])].sort((a, b) => a - b) : own;
    });
  }
  mergedHeads.set(key, { sets: setCount, head });
  return head;
}

/** The head word `lower` is (or starts with), with every set's patterns it heads; null when none. */
function headOf(lower: string): HeadWord | null {
  const bucket = headWords.get(lower);
  if (bucket === undefined) return null;
  let found: HeadWord | null = null;
  const exact = bucket.exact[lower.length];
  if (exact !== undefined)
    for (let k = 0; k < exact.length; k++)
      if ((exact[k] as HeadWord).word === lower) {
        found = exact[k] as HeadWord;
        break;
      }
  const prefixes = bucket.prefixes;
  let both: HeadWord[] | null = null;
  for (let k = 0; k < prefixes.length; k++) {
    const h = prefixes[k] as HeadWord;
    if (!lower.startsWith(h.word)) continue;
    if (found === null) found = h;
    else if (both === null) both = [found, h];
    else both.push(h);
  }
  return both === null ? found : merge(both);
}

interface CueIndex {
  /** How many sets were known when the index was built: later ones are not in it. */
  sets: number;
  /** Per token i, the bits of the sets one of whose head keys it has: sets 0-30 at 2i, 31-61 at 2i + 1. */
  bits: Int32Array;
  /** Per token with bits, its head word entry (the patterns it heads in each set). */
  heads: (HeadWord | undefined)[];
  /** Per sentence, the bits of its tokens together (two words a sentence, as for tokens). */
  sentenceBits: Int32Array;
  /** Per sentence, the tail bits of its tokens together (two words a sentence). */
  sentenceTails: Int32Array;
}

// What matchAll gives when nothing matches: one list for every such call (most calls find none).
// Not frozen: Node 20's V8 runs `for (const m of list)` over a frozen array through the generic
// iterator, an object for the loop and one per step, even in optimised code, and the event
// finders loop over matchAll's answer that way (25 of 282 MB allocated a round). So a caller
// that pushed into it is caught at the next call that would hand it out instead of at once.
const NONE: CueMatch<never>[] = [];

function none(): CueMatch<never>[] {
  if (NONE.length !== 0) throw new Error("a caller changed the shared empty list of cue matches");
  return NONE;
}

const indexes = new WeakMap<Token[], CueIndex>();
// the doc being read: the sets ask for its index on every call, over a hundred thousand times
// a round, and a WeakMap lookup each time costs more than the check of one word
let lastTokens: Token[] | null = null;
let lastIndex: CueIndex | null = null;

function cueIndex(tokens: Token[]): CueIndex {
  const hit = tokens === lastTokens ? lastIndex : indexes.get(tokens);
  if (hit && hit.bits.length === 2 * tokens.length) {
    lastTokens = tokens;
    lastIndex = hit;
    return hit;
  }
  const bits = new Int32Array(2 * tokens.length);
  const heads = new Array<HeadWord | undefined>(tokens.length);
  const sentences = (tokens.at(-1)?.sentence ?? -1) + 1;
  const sentenceBits = new Int32Array(2 * sentences);
  const sentenceTails = new Int32Array(2 * sentences);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    const h = headOf(t.lower);
    if (h === null) continue;
    if ((h.tailLow | h.tailHigh) !== 0 && t.sentence >= 0 && t.sentence < sentences) {
      sentenceTails[2 * t.sentence] = (sentenceTails[2 * t.sentence] as number) | h.tailLow;
      sentenceTails[2 * t.sentence + 1] = (sentenceTails[2 * t.sentence + 1] as number) | h.tailHigh;
    }
    if ((h.low | h.high) === 0) continue;
    bits[2 * i] = h.low;
    bits[2 * i + 1] = h.high;
    heads[i] = h;
    if (t.sentence >= 0 && t.sentence < sentences) {
      sentenceBits[2 * t.sentence] = (sentenceBits[2 * t.sentence] as number) | h.low;
      sentenceBits[2 * t.sentence + 1] = (sentenceBits[2 * t.sentence + 1] as number) | h.high;
    }
  }
  const index = { sets: setCount, bits, heads, sentenceBits, sentenceTails };
  indexes.set(tokens, index);
  lastTokens = tokens;
  lastIndex = index;
  return index;
}

/** Patterns found through the shared table of head words. */
export class CueSet<T> {
  /** This set's place in the shared head-key table; its bit is 0 past the 62nd set (no index then). */
  private readonly id = setCount++;
  /** Which of a token's two words of bits holds this set's (0: sets 0-30, 1: sets 31-61). */
  private readonly half = this.id < BITS ? 0 : 1;
  private readonly bit = this.id < 2 * BITS ? 1 << (this.id % BITS) : 0;
  /** Per pattern, the tail bits its sentence must hold for it to match (sets 0-30 of TAIL_BITS, then 31-61). */
  private readonly needLow: Int32Array;
  private readonly needHigh: Int32Array;
  constructor(readonly patterns: CuePattern<T>[]) {
    this.needLow = new Int32Array(patterns.length);
    this.needHigh = new Int32Array(patterns.length);
    patterns.forEach((p, n) => {
      const head = p.elements[0] as Extract<Element, { kind: "word" }>;
      for (const a of head.alts) {
        if (a.prefix && a.word.length < 3) throw new Error(`prefix too short in cue: ${p.source}`);
        addHeadWord(a.word, a.prefix, this.id, this.bit, n);
      }
      for (let e = 1; e < p.elements.length; e++) {
        const el = p.elements[e] as Element;
        const b = el.kind === "word" ? tailBit(el) : -1;
        if (b < 0) continue;
        if (b < BITS) this.needLow[n] = (this.needLow[n] as number) | (1 << b);
        else this.needHigh[n] = (this.needHigh[n] as number) | (1 << (b - BITS));
      }
    });
  }

  // per doc, one slot a sentence (an array made at the doc's length: a Map of sentence
  // numbers grew and rehashed as sentences were asked, 2.8 MB a round)
  private readonly bySentence = new WeakMap<Token[], (CueMatch<T>[] | undefined)[]>();
  // the doc being read, in front of the WeakMap (as for cueIndex): the wrong finders ask
  // several sets for stretches of the same doc's sentences tens of thousands of times a round
  private lastTokens: Token[] | null = null;
  private lastPerDoc: (CueMatch<T>[] | undefined)[] | null = null;

  /**
   * Matches in tokens [from, to), taken from one scan of the sentence that
   * holds `from` (cached): for callers that look at many stretches of a sentence.
   * No match gives the shared empty list, as matchAll does.
   */
  matchWithin(tokens: Token[], from: number, to: number): CueMatch<T>[] {
    const first = tokens[from];
    if (!first || from >= to) return none();
    let perDoc = tokens === this.lastTokens ? this.lastPerDoc : this.bySentence.get(tokens);
    if (!perDoc) {
      perDoc = new Array<CueMatch<T>[] | undefined>((tokens.at(-1)?.sentence ?? -1) + 1);
      this.bySentence.set(tokens, perDoc);
    }
    this.lastTokens = tokens;
    this.lastPerDoc = perDoc;
    let all = perDoc[first.sentence];
    if (!all) {
      let a = from;
      while (a > 0 && (tokens[a - 1] as Token).sentence === first.sentence) a--;
      let b = from;
      while (b < tokens.length && (tokens[b] as Token).sentence === first.sentence) b++;
      all = this.matchAll(tokens, a, b);
      perDoc[first.sentence] = all;
    }
    // most sentences hold none: no filtered copy of nothing
    if (all.length === 0) return none();
    // the sentence's matches run by their first token: halve to the first at `from`, and stop at
    // the first past `to` (filtering them all for every stretch asked was quadratic in a long sentence)
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as CueMatch<T>).first < from) lo = mid + 1;
      else hi = mid;
    }
    const out: CueMatch<T>[] = [];
    for (let k = lo; k < all.length && (all[k] as CueMatch<T>).first < to; k++)
      if ((all[k] as CueMatch<T>).last < to) out.push(all[k] as CueMatch<T>);
    return out;
  }

  /**
   * Every match in tokens [from, to), in text order; patterns listed first win ties at one token.
   * No match gives one shared empty list (most calls find none): callers read it, never change it.
   */
  matchAll(tokens: Token[], from: number, to: number): CueMatch<T>[] {
    if (from >= to) return none();
    const index = this.bit !== 0 ? cueIndex(tokens) : null;
    if (!index || this.id >= index.sets) {
      const out: CueMatch<T>[] = [];
      for (let i = from; i < to; i++) {
        const tok = tokens[i] as Token;
        if (tok.punct) continue;
        const head = headOf(tok.lower);
        if (head !== null) this.matchAt(tokens, i, to, out, head, -1, -1);
      }
      return out;
    }
    const bit = this.bit;
    const half = this.half;
    const first = (tokens[from] as Token).sentence;
    const one = first === (tokens[to - 1] as Token).sentence;
    if (one && ((index.sentenceBits[2 * first + half] ?? bit) & bit) === 0) return none();
    // the stretch's sentence's tail words (all, when it spans more than one)
    const tailLow = one ? (index.sentenceTails[2 * first] ?? -1) : -1;
    const tailHigh = one ? (index.sentenceTails[2 * first + 1] ?? -1) : -1;
    const out: CueMatch<T>[] = [];
    const bits = index.bits;
    for (let i = from; i < to; i++)
      if ((bits[2 * i + half] as number) & bit)
        this.matchAt(tokens, i, to, out, index.heads[i] as HeadWord, tailLow, tailHigh);
    return out;
  }

  /**
   * The first match in tokens [from, to) that `accept` takes (any, without it) and whose head
   * lies before `headsBefore`: what `matchAll(...).find(accept)` gives, found without matching the
   * rest of the stretch (a caller asking from every cue to a long sentence's end made that quadratic).
   */
  firstMatch(
    tokens: Token[],
    from: number,
    to: number,
    accept?: (m: CueMatch<T>) => boolean,
    headsBefore = to,
  ): CueMatch<T> | undefined {
    const end = Math.min(to, headsBefore);
    if (from >= end) return undefined;
    const index = this.bit !== 0 ? cueIndex(tokens) : null;
    const indexed = index !== null && this.id < index.sets;
    const bit = this.bit;
    const half = this.half;
    let tailLow = -1;
    let tailHigh = -1;
    if (indexed) {
      const first = (tokens[from] as Token).sentence;
      if (first === (tokens[to - 1] as Token).sentence) {
        if (((index.sentenceBits[2 * first + half] ?? bit) & bit) === 0) return undefined;
        tailLow = index.sentenceTails[2 * first] ?? -1;
        tailHigh = index.sentenceTails[2 * first + 1] ?? -1;
      }
    }
    const out: CueMatch<T>[] = [];
    for (let i = from; i < end; i++) {
      let head: HeadWord | null;
      if (indexed) {
        if (((index.bits[2 * i + half] as number) & bit) === 0) continue;
        head = index.heads[i] as HeadWord;
      } else {
        const tok = tokens[i] as Token;
        if (tok.punct) continue;
        head = headOf(tok.lower);
        if (head === null) continue;
      }
      this.matchAt(tokens, i, to, out, head, tailLow, tailHigh);
      for (let k = 0; k < out.length; k++) if (!accept || accept(out[k] as CueMatch<T>)) return out[k];
      out.length = 0;
    }
    return undefined;
  }

  /**
   * The matches of the patterns `head` (the head word token i is) opens in this set, but for
   * those that need a tail bit the sentence lacks (`tailLow` / `tailHigh`: -1 when not known).
   */
  private matchAt(
    tokens: Token[],
    i: number,
    to: number,
    out: CueMatch<T>[],
    head: HeadWord,
    tailLow: number,
    tailHigh: number,
  ): void {
    const heads = head.heads[this.id];
    if (heads === undefined) return;
    const needLow = this.needLow;
    const needHigh = this.needHigh;
    // the head word is never optional or negated: the rest of the pattern follows it
    for (let k = 0; k < heads.length; k++) {
      const n = heads[k] as number;
      if (((needLow[n] as number) & ~tailLow) !== 0 || ((needHigh[n] as number) & ~tailHigh) !== 0) continue;
      const p = this.patterns[n] as CuePattern<T>;
      const last = matchFrom(p, 1, tokens, i + 1, to);
      if (last >= 0) out.push({ pattern: p, first: i, last });
    }
  }
}

/**
 * A plain word list as a cue set of one-word patterns: `matchAll` then finds
 * exactly the word tokens (not punctuation) whose lower case is in the list,
 * in text order, through the shared head index, so a sentence with none of
 * the words costs one bit test instead of a set lookup per token. Words that
 * no lower-cased token can equal (capitals, spaces, the pattern language's
 * marks) are left out, as a Set.has on the token would never find them.
 */
export function wordCues(words: Iterable<string>): CueSet<true> {
  const plain = new Set<string>();
  for (const w of words) if (w !== "" && w === w.toLowerCase() && !/[\s*|?!~]/.test(w)) plain.add(w);
  return new CueSet([...plain].map((w) => compilePattern(w, true as const)));
}

/** Keeps, among matches that share tokens, the one whose pattern comes first in the lexicon, then the longest. */
export function dropOverlaps<T>(matches: CueMatch<T>[], order: (m: CueMatch<T>) => number): CueMatch<T>[] {
  // none or one: nothing overlaps (most sentences), and no copy is made
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => order(a) - order(b) || b.last - b.first - (a.last - a.first));
  const kept: CueMatch<T>[] = [];
  for (const m of sorted) if (!kept.some((k) => k.first <= m.last && m.first <= k.last)) kept.push(m);
  return kept.sort((a, b) => a.first - b.first);
}
