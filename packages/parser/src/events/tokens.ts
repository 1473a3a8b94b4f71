import type { Doc } from "../doc.js";
import { firstStartingAt } from "../first-starting-at.js";
import type { Span } from "../model.js";
import { lowerText } from "../tokens/lower-text.js";

export interface Token extends Span {
  /** Lower-cased text with curly apostrophes made straight. */
  lower: string;
  /** True for punctuation that can end a clause or a list item. */
  punct: boolean;
  /** Index of the sentence the token lies in. */
  sentence: number;
}

// A hand-written scanner (one pass, no backtracking): linear even on a
// 5,000-word sentence, and several times faster than a Unicode regex. Words
// keep inner dots, hyphens and apostrophes ("U.S", "anti-government").
// ASCII characters are classed by a table (the scanner's hot path); wider
// ones once each, then remembered.
const WORD = 1;
const JOINER = 2;
const PUNCT = 4;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] =
    (/[A-Za-z0-9]/.test(ch) ? WORD : 0) | ("'.-".includes(ch) ? JOINER : 0) | (',;:()"'.includes(ch) ? PUNCT : 0);
}
const wide = new Map<number, number>();
function wideClass(c: number): number {
  let k = wide.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = (/[\p{L}\p{N}\p{M}]/u.test(ch) ? WORD : 0) | (ch === "’" ? JOINER : 0) | ("“”—–".includes(ch) ? PUNCT : 0);
    wide.set(c, k);
  }
  return k;
}
const classOf = (c: number): number => (c < 128 ? (ASCII[c] as number) : wideClass(c));

const cache = new WeakMap<Doc, Token[]>();
// the doc being read, in front of the WeakMap
let lastDoc: Doc | null = null;
let lastTokens: Token[] | null = null;

/** The body's tokens, sentence by sentence; computed once per doc. */
export function docTokens(doc: Doc): Token[] {
  if (doc === lastDoc && lastTokens) return lastTokens;
  const hit = cache.get(doc);
  if (hit) {
    lastDoc = doc;
    lastTokens = hit;
    return hit;
  }
  const out: Token[] = [];
  const text = doc.text;
  const lower = lowerText(doc);
  const sentences = doc.sentences;
  for (let sentence = 0; sentence < sentences.length; sentence++) {
    const s = sentences[sentence] as Span;
    let i = s.start;
    while (i < s.end) {
      const k = classOf(text.charCodeAt(i));
      if (k & WORD) {
        let j = i + 1;
        let curly = false;
        while (j < s.end) {
          const d = text.charCodeAt(j);
          const kd = classOf(d);
          if (kd & WORD) j++;
          else if (kd & JOINER && j + 1 < s.end && classOf(text.charCodeAt(j + 1)) & WORD) {
            if (d === 0x2019) curly = true;
            j += 2;
          } else break;
        }
        let word = lower === null ? text.slice(i, j).toLowerCase() : lower.slice(i, j);
        if (curly || (lower === null && word.includes("’"))) word = word.replaceAll("’", "'");
        pushWord(out, word, i, j, sentence);
        i = j;
      } else {
        if (k & PUNCT) out.push(token(i, i + 1, text[i] as string, true, sentence));
        i++;
      }
    }
  }
  cache.set(doc, out);
  lastDoc = doc;
  lastTokens = out;
  return out;
}

function pushWord(out: Token[], lower: string, start: number, end: number, sentence: number): void {
  // "Iran's doing", "didn't": the clitic is a word of its own for the cue patterns
  const n = lower.length;
  const cut =
    n > 2 && lower.charCodeAt(n - 2) === 39 && lower.charCodeAt(n - 1) === 115
      ? 2
      : n > 3 && lower.charCodeAt(n - 3) === 110 && lower.charCodeAt(n - 2) === 39 && lower.charCodeAt(n - 1) === 116
        ? 3
        : 0;
  if (cut) {
    const at = end - cut;
    out.push(token(start, at, lower.slice(0, -cut), false, sentence));
    out.push(token(at, end, lower.slice(-cut), false, sentence));
  } else out.push(token(start, end, lower, false, sentence));
}

function token(start: number, end: number, lower: string, punct: boolean, sentence: number): Token {
  return { start, end, lower, punct, sentence };
}

/** Offset where sentence `sentence - back` starts (the first sentence's start at the earliest): "this sentence or the `back` before it". */
export function startSentencesBack(doc: Doc, sentence: number, back: number): number {
  return doc.sentences[Math.max(0, sentence - back)]?.start ?? 0;
}

/** Index range [from, to) of the tokens of one sentence. */
export function sentenceRange(tokens: Token[], sentence: number): [number, number] {
  if (sentence < 0) return [0, 0];
  const starts = sentenceStarts(tokens);
  if (sentence + 1 >= starts.length) return [tokens.length, tokens.length];
  return [starts[sentence] as number, starts[sentence + 1] as number];
}

const startsCache = new WeakMap<Token[], Int32Array>();

// the token list being read, in front of the WeakMap (asked for once per sentence range)
let lastStartsOf: Token[] | null = null;
let lastStarts: Int32Array | undefined;

/** Per sentence index, the first token of that sentence or a later one: built once per token list. */
function sentenceStarts(tokens: Token[]): Int32Array {
  const hit = tokens === lastStartsOf ? lastStarts : startsCache.get(tokens);
  lastStartsOf = tokens;
  lastStarts = hit;
  if (hit && hit.length === (tokens.at(-1)?.sentence ?? -1) + 2) return hit;
  const starts = new Int32Array((tokens.at(-1)?.sentence ?? -1) + 2).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) starts[(tokens[i] as Token).sentence] = i;
  for (let s = starts.length - 2; s >= 0; s--) starts[s] = Math.min(starts[s] as number, starts[s + 1] as number);
  startsCache.set(tokens, starts);
  lastStarts = starts;
  return starts;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}
