import { firstStartingAt } from "../first-starting-at.js";
import { lowerTextOf } from "../tokens/lower-text.js";
import { continuesMisreadLetter } from "../tokens/mojibake.js";
import { ABBREVIATIONS } from "./lexicon.js";

export type TokenKind = "word" | "punct" | "quote";

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text; curly apostrophes folded to straight ones. */
  lower: string;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  upper: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;

// The class of every UTF-16 code unit, 1 letter/digit/mark, 2 space, 3 other
// (0: not met yet): ASCII filled here, any other the first time the text holds
// it, so no character is tested by a regular expression twice.
const WORD = 1;
const SPACE_CLASS = 2;
const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASSES[c] = /[A-Za-z0-9]/.test(ch) ? WORD : /\s/.test(ch) ? SPACE_CLASS : 3;
}

function classOf(c: number): number {
  let k = CLASSES[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER_OR_DIGIT.test(ch) ? WORD : SPACE.test(ch) ? SPACE_CLASS : 3;
    CLASSES[c] = k;
  }
  return k;
}

// inside a word, these join letters ("U.S", "Putin's", "al-Assad", "AT&T")
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

// double quotation marks: " “ ” „ « »
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Exactly three apostrophes at `i`, right after a word or a mark (a closing position, not an opening one). */
function closesNested(text: string, i: number): boolean {
  if (text.charCodeAt(i + 2) !== 39 || text.charCodeAt(i + 3) === 39 || i === 0) return false;
  const before = text.charCodeAt(i - 1);
  return before !== 39 && classOf(before) !== SPACE_CLASS;
}

/**
 * Splits the text into words, punctuation and double quotation marks in one
 * pass over its characters (no backtracking, so linear on any input).
 */
export function tokenize(text: string, lowerText: string | null = lowerTextOf(text)): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // each word's lower case is a slice of the lower-cased text when that keeps every
  // offset (see lower-text.ts), else the word is lower-cased on its own
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === SPACE_CLASS) {
      i++;
      continue;
    }
    const start = i;
    if (k === WORD) {
      i++;
      let curly = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classOf(d) === WORD) i++;
        // "TomÃ¡s": a misread accented letter's tail stays inside the word
        else if (((d >= 0x80 && d <= 0xbf) || d === 32) && continuesMisreadLetter(text, i)) i++;
        else if (isJoiner(d) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === WORD) {
          if (d === 0x2019) curly = true;
          i += 2;
        } else break;
      }
      let lower = lowerText !== null ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
      const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[start] ?? "");
      // "Mr.", "U.S.", "G.K." and the initial in "Jeffrey N. Trimble" keep their dot,
      // so it is not taken for a full stop
      if (text.charCodeAt(i) === 46 && ((upper && i - start === 1) || lower.includes(".") || ABBREVIATIONS.has(lower)))
        i++;
      out.push({ start, end: i, lower, kind: "word", upper });
      continue;
    }
    if (c === 39 && text.charCodeAt(i + 1) === 39) {
      // "go back to your country,''' said Lee": where a quotation closes, three marks are a nested
      // quote's single mark and then the double mark (read as "'" + "''", not "''" + "'")
      if (closesNested(text, i)) {
        out.push({ start, end: i + 1, lower: "'", kind: "punct", upper: false });
        out.push({ start: i + 1, end: i + 3, lower: "''", kind: "quote", upper: false });
        i += 3;
        continue;
      }
      out.push({ start, end: i + 2, lower: "''", kind: "quote", upper: false });
      i += 2;
      continue;
    }
    const ch = text[i] as string;
    // a code point beyond the BMP stays whole
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ start, end: i, lower: ch, kind: isQuoteMark(c) ? "quote" : "punct", upper: false });
  }
  return out;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

/** Every token in [from, to) is capitalised: the words before a verb are all one name. */
export function allUpper(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(tokens[i] as Token).upper) return false;
  return true;
}
