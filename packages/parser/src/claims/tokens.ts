import { firstStartingAt } from "../first-starting-at.js";
import { lowerTextOf } from "../tokens/lower-text.js";
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

const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;
// inside a word, these join letters ("U.S", "Putin's", "al-Assad", "AT&T")
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

// ASCII classes by code: 1 letter/digit, 2 space, 0 other
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z0-9]/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === 1;
  return LETTER_OR_DIGIT.test(text[i] ?? "");
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === 2;
  return SPACE.test(text[i] ?? "");
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
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      i++;
      let curly = false;
      while (i < n) {
        if (isWordChar(text, i)) i++;
        else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && isWordChar(text, i + 1)) {
          if (text.charCodeAt(i) === 0x2019) curly = true;
          i += 2;
        } else break;
      }
      let lower = lowerText !== null ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
      const c = text.charCodeAt(start);
      const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[start] ?? "");
      // "Mr.", "U.S.", "G.K." and the initial in "Jeffrey N. Trimble" keep their dot,
      // so it is not taken for a full stop
      if (text[i] === "." && (ABBREVIATIONS.has(lower) || lower.includes(".") || (upper && i - start === 1))) i++;
      out.push({ start, end: i, lower, kind: "word", upper });
      continue;
    }
    const ch = text[i] as string;
    // a code point beyond the BMP stays whole
    const width = ch >= "\uD800" && ch <= "\uDBFF" && i + 1 < n ? 2 : 1;
    if (ch === "'" && text[i + 1] === "'") {
      out.push({ start, end: i + 2, lower: "''", kind: "quote", upper: false });
      i += 2;
      continue;
    }
    i += width;
    out.push({ start, end: i, lower: ch, kind: QUOTE_CHARS.has(ch) ? "quote" : "punct", upper: false });
  }
  return out;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}
