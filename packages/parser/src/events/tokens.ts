import type { Doc } from "../doc.js";
import type { Span } from "../model.js";

export interface Token extends Span {
  /** Lower-cased text with curly apostrophes made straight. */
  lower: string;
  /** True for punctuation that can end a clause or a list item. */
  punct: boolean;
  /** Index of the sentence the token lies in. */
  sentence: number;
}

// One pass, no nested quantifiers over the same characters: linear even on a
// 5,000-word sentence. Words keep inner dots and apostrophes ("U.S", "Iran's").
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[,;:()"“”—–]/gu;

const cache = new WeakMap<Doc, Token[]>();

/** The body's tokens, sentence by sentence; computed once per doc. */
export function docTokens(doc: Doc): Token[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Token[] = [];
  doc.sentences.forEach((s, sentence) => {
    const slice = doc.text.slice(s.start, s.end);
    for (const m of slice.matchAll(TOKEN)) {
      const start = s.start + (m.index ?? 0);
      const word = m[0];
      const lower = word.toLowerCase().replace(/’/g, "'");
      const punct = !/[\p{L}\p{N}]/u.test(word[0] ?? "");
      // "Iran's doing", "didn't": the clitic is a word of its own for the cue patterns
      const clitic = /(?:'s|n't)$/.exec(lower);
      if (clitic && clitic.index > 0) {
        const cut = start + clitic.index;
        out.push({ start, end: cut, lower: lower.slice(0, clitic.index), punct, sentence });
        out.push({ start: cut, end: start + word.length, lower: clitic[0], punct, sentence });
      } else out.push({ start, end: start + word.length, lower, punct, sentence });
    }
  });
  cache.set(doc, out);
  return out;
}

/** Index range [from, to) of the tokens of one sentence. */
export function sentenceRange(tokens: Token[], sentence: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && (tokens[end] as Token).sentence === sentence) end++;
  return [lo, end];
}

/** Index of the first token that starts at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
