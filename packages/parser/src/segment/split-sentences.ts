import abbreviations from "../../data/abbreviations.json";
import type { Span } from "../model.js";
import { isSpace, trimSpan } from "./split-paragraphs.js";

// (a module constant: tsx's esbuild turns a \p{...} literal into `new RegExp` at each use)
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

const titles = new Set(abbreviations.titles);
const beforeNumber = new Set(abbreviations.beforeNumber);
const inner = new Set(abbreviations.inner.map((a) => a.toLowerCase()));
const starters = new Set(abbreviations.sentenceStarters);

const closers = new Set(["”", '"', "’", "'", ")", "]", "»"]);
const openers = new Set(["“", '"', "‘", "'", "(", "[", "«", "—", "-"]);

/** Splits one paragraph span of `text` into sentence spans. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  const end = paragraph.end;
  const terminator = /[.!?…]/g;
  for (let i = start; i < end; i++) {
    terminator.lastIndex = i;
    const found = terminator.exec(text);
    if (!found || found.index >= end) break;
    i = found.index;
    const ch = found[0];
    let j = i + 1;
    while (j < end && (text[j] === "." || text[j] === "!" || text[j] === "?" || text[j] === "…")) j++;
    while (j < end && closers.has(text[j] as string)) j++;
    if (j >= end) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!startsSentence(text, k, end)) continue;
    if (ch === "." && j === i + 1 && !endsSentenceAfterPeriod(text, paragraph.start, i, k, end)) continue;
    const span = trimSpan(text, start, j);
    if (span) out.push(span);
    start = k;
    i = k - 1;
  }
  const last = trimSpan(text, start, end);
  if (last) out.push(last);
  return out;
}

/** The next sentence starts with a capital, a digit, or an opening quote/bracket before one. */
function startsSentence(text: string, k: number, end: number): boolean {
  let c = text[k] as string;
  while (openers.has(c) && k + 1 < end) {
    k++;
    c = text[k] as string;
  }
  // ASCII answered by its code; other letters and digits by the Unicode classes
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return UPPER_OR_DIGIT.test(c);
}

/** Decides whether the period at `dot` ends a sentence; `next` is where the next word starts. */
function endsSentenceAfterPeriod(text: string, from: number, dot: number, next: number, end: number): boolean {
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1)) && !openers.has(text[w - 1] as string)) w--;
  const token = text.slice(w, dot);
  if (!token) return true;
  if (titles.has(token) || inner.has(token.toLowerCase())) return false;
  const nextWord = readWord(text, next, end);
  if (beforeNumber.has(token) && /^\d/.test(nextWord)) return false;
  // Initials ("Ann M. Simmons") and dotted acronyms ("U.S.", "a.m."): a
  // sentence ends there only when a word that usually opens a sentence follows.
  if (INITIALS.test(token) && (token.length === 1 || token.includes("."))) {
    return starters.has(nextWord.replace(/^[“"‘'(]+/, ""));
  }
  return true;
}

function readWord(text: string, k: number, end: number): string {
  let e = k;
  while (e < end && !isSpace(text.charCodeAt(e)) && !isStopMark(text.charCodeAt(e))) e++;
  return text.slice(k, e);
}

// , ; : . ! ? (a character test, not a regular expression per character)
function isStopMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63;
}
