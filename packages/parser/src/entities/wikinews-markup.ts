import { firstStartingAt } from "../first-starting-at.js";
import { englishWordSet } from "./lexicon.js";
import type { Scan } from "./scan.js";

// "((pl))Polish language: ‍Prawo i Sprawiedliwość": a quotation's original words after a language tag.
const LANGUAGE_TAG = /\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language: ?\u200d?/g;
// "((WN))  What do you think?": an interviewer's initials heading a line of an interview.
const INTERVIEWER = /(?:^|\n)\(\([A-Z]{2,3}\)\)/g;
const LATIN = /[A-Za-z]/;

/**
 * The tokens (1 = marked) that Wikinews markup puts in the text but that name
 * no one in English: a language tag and the foreign-language words after it, up
 * to the first English word (or, after a non-Latin script, the first Latin one),
 * and an interviewer's initials. No name run starting there is read, and no
 * lone surname found there (they are marked named). Null when the text has no such markup.
 */
export function wikinewsMarkup(scan: Scan): Uint8Array | null {
  const { text, tokens } = scan;
  // most texts hold neither: one cheap test of the whole text first
  if (!text.includes("((")) return null;
  const marked = new Uint8Array(tokens.length);
  for (const m of text.matchAll(LANGUAGE_TAG)) {
    const start = m.index ?? 0;
    const tagEnd = start + m[0].length;
    let k = firstStartingAt(tokens, start);
    for (; k < tokens.length && (tokens[k]?.start ?? 0) < tagEnd; k++) marked[k] = scan.named[k] = 1;
    // the script of the first word ("...no reconoce": the dots say nothing)
    let w = k;
    while (w < tokens.length && tokens[w]?.kind !== "word") w++;
    const first = tokens[w];
    if (!first) continue;
    const latin = LATIN.test(first.text);
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || (k > 0 && t.lineStart)) break;
      if (latin ? isEnglish(t.text) : LATIN.test(t.text)) break;
      marked[k] = scan.named[k] = 1;
    }
  }
  for (const m of text.matchAll(INTERVIEWER)) {
    const start = (m.index ?? 0) + (m[0].startsWith("\n") ? 1 : 0);
    const end = (m.index ?? 0) + m[0].length;
    for (let k = firstStartingAt(tokens, start); k < tokens.length && (tokens[k]?.start ?? 0) < end; k++)
      marked[k] = scan.named[k] = 1;
  }
  return marked;
}

// A lower-case English word of three letters or more: the English text has resumed.
const isEnglish = (w: string) => w.length >= 3 && w === w.toLowerCase() && englishWordSet.has(w);
