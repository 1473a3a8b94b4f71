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

// One pass, compiled once. A word may hold inner apostrophes, dots, hyphens
// and ampersands ("U.S", "Putin's", "al-Assad"); no nested quantifiers, so the
// scan stays linear on any input.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.&-](?=[\p{L}\p{N}]))*|''|[^\s\p{L}\p{N}]/gu;
const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»", "''"]);
const UPPER = /^\p{Lu}/u;

/** Splits the text into words, punctuation and double quotation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    let end = m.index + raw.length;
    const isQuote = QUOTE_CHARS.has(raw);
    const isWord = !isQuote && raw.length > 0 && /[\p{L}\p{N}]/u.test(raw[0] ?? "");
    const lower = raw.toLowerCase().replace(/’/g, "'");
    // "Mr." and "U.S." keep their dot, so it is not taken for a full stop
    if (isWord && text[end] === "." && ABBREVIATIONS.has(lower)) {
      end++;
      TOKEN.lastIndex = end;
    }
    out.push({
      start: m.index,
      end,
      lower,
      kind: isQuote ? "quote" : isWord ? "word" : "punct",
      upper: isWord && UPPER.test(raw),
    });
  }
  return out;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
