import { continuesMisreadLetter } from "../tokens/mojibake.js";

// A single pass over the text that yields words and punctuation with their
// UTF-16 offsets. It keeps together what a name needs kept together
// ("U.S.", "Mr.", "M.", "al-Assad", "O'Brien") and splits off a possessive
// "'s" so that a name's span never includes it.

export type TokenKind = "word" | "punct" | "possessive";

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Starts with an upper-case letter (or a lower-case particle joined to one: "al-Assad"). */
  cap: boolean;
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  sentStart: boolean;
  /** A line break lies between this token and the previous one. */
  lineStart: boolean;
  /** The text in lower case (the text itself when it holds no capital and nothing past ASCII). */
  lower: string;
}

// Abbreviations whose period belongs to the word, not to the sentence.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "st",
  "jr",
  "sr",
  "gen",
  "sen",
  "sens",
  "rep",
  "reps",
  "gov",
  "lt",
  "col",
  "capt",
  "sgt",
  "rev",
  "prof",
  "inc",
  "corp",
  "ltd",
  "co",
  "no",
  "mt",
  "ft",
  "maj",
  "adm",
  "fr",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "messrs",
  "gov",
  "supt",
  "insp",
  "cmdr",
  "brig",
  "pres",
]);

const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && isUnicodeLetter(c));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

const letterRe = /[\p{L}\p{M}]/u;
function isUnicodeLetter(c: number): boolean {
  if (c < 0x250) return true; // Latin-1 supplement and Latin Extended-A/B are all letters past 0xC0 save two signs
  return letterRe.test(String.fromCharCode(c));
}
const upperRe = /\p{Lu}/u;
export function isUpperChar(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || (c >= 97 && c <= 122)) return false;
  return upperRe.test(String.fromCharCode(c));
}

const OPENING = new Set(["“", '"', "‘", "'", "(", "[", "«", "—", "–", "-", ":"]);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let lineStart = true;
  let sentStart = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) {
        lineStart = true;
        sentStart = true;
      }
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c) || isDigit(c)) {
      i = scanWord(text, i, to);
      const word = text.slice(start, i);
      const cap = isUpperChar(c) || isParticleName(word);
      // lower-cased only when some character may change (a capital, or anything past ASCII)
      const lower = wordMayChangeCase ? word.toLowerCase() : word;
      tokens.push({ start, end: i, text: word, kind: "word", cap, sentStart, lineStart, lower });
      sentStart = false;
      lineStart = false;
      continue;
    }
    // possessive 's / ’s / s' after a word, or set apart by a space as tokenised text has it ("Yeltsin 's")
    if (isApostrophe(c) && tokens.length && spacedOrJoined(text, tokens[tokens.length - 1] as Token, i)) {
      const n = text.charCodeAt(i + 1);
      if ((n === 115 || n === 83) && !isLetter(text.charCodeAt(i + 2))) {
        const possessive = text.slice(start, i + 2);
        tokens.push({
          start,
          end: i + 2,
          text: possessive,
          kind: "possessive",
          cap: false,
          sentStart,
          lineStart,
          lower: possessive,
        });
        i += 2;
        continue;
      }
    }
    i++;
    const ch = text[start] as string;
    tokens.push({ start, end: i, text: ch, kind: "punct", cap: false, sentStart, lineStart, lower: ch });
    lineStart = false;
    if (ch === "." || ch === "!" || ch === "?") sentStart = true;
    // (a closing mark after a full stop leaves the next word a sentence's first: '." Then', "[...] Subsequently")
    else if (!OPENING.has(ch) && ch !== "”" && ch !== "’" && ch !== ")" && ch !== "]") sentStart = false;
    else if (OPENING.has(ch) && (ch === "“" || ch === '"' || ch === ":" || ch === "‘")) sentStart = true;
  }
  return tokens;
}

function spacedOrJoined(text: string, prev: Token, i: number): boolean {
  if (prev.end === i) return true;
  return prev.kind === "word" && prev.end === i - 1 && text.charCodeAt(i - 1) === 32;
}

// Letters, digits and marks, with inner apostrophes and hyphens ("O'Brien",
// "re-election"), and abbreviation periods ("U.S.", "Mr.", "M.").
// Whether the word scanWord last read holds a capital or anything past ASCII, i.e. a
// character that lower-casing may change: noted while its characters are read.
let wordMayChangeCase = false;

function scanWord(text: string, i: number, to: number): number {
  const start = i;
  let mayChange = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      if (c > 127 || (c >= 65 && c <= 90)) mayChange = true;
      i++;
      continue;
    }
    // "TomÃ¡s": a misread accented letter's tail stays inside the word
    if (((c >= 0x80 && c <= 0xbf) || c === 32) && i > start && continuesMisreadLetter(text, i)) {
      mayChange = true;
      i++;
      continue;
    }
    const n = text.charCodeAt(i + 1);
    if (isApostrophe(c) && isLetter(n)) {
      // a possessive 's is split off; "O'Brien" and "don't" stay whole
      if ((n === 115 || n === 83) && !isLetter(text.charCodeAt(i + 2))) break;
      if (c > 127) mayChange = true;
      i++;
      continue;
    }
    if (isHyphen(c) && (isLetter(n) || isDigit(n))) {
      if (c > 127) mayChange = true;
      i++;
      continue;
    }
    if (c === 46) {
      const len = i - start;
      // initial or dotted acronym: "M.", "U.S.", "D.C."
      if (isLetter(text.charCodeAt(i - 1)) && (len === 1 || text.charCodeAt(i - 2) === 46)) {
        i++;
        if (isLetter(n) && text.charCodeAt(i + 1) === 46) continue;
        break;
      }
      // (no abbreviation is longer than six letters: longer words are not sliced to be looked up)
      if (len <= 6 && ABBREVIATIONS.has(text.slice(start, i).toLowerCase()) && isUpperChar(text.charCodeAt(start))) {
        i++;
        break;
      }
    }
    break;
  }
  wordMayChangeCase = mayChange;
  return i;
}

const PARTICLES = /^(al|el|ad|as|ash|an|ibn|bin|abu|ul)-\p{Lu}/u;
function isParticleName(word: string): boolean {
  // every particle is two or three letters and a hyphen: most words fail this before the pattern runs
  // (the length first: reading past a string's end makes charCodeAt take its slow path)
  return word.length > 3 && (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45) && PARTICLES.test(word);
}

/** Whether the token ends with a period that may also close the sentence ("U.S." at a sentence's end). */
export function endsWithPeriod(t: Token): boolean {
  return t.text.endsWith(".");
}
