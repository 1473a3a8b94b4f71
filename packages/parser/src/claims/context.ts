import type { Doc } from "../doc.js";
import type { Mention, Span } from "../model.js";
import { lowerText } from "../tokens/lower-text.js";
import { WordKeys } from "../tokens/word-key.js";
import { CUES, type CueEntry } from "./lexicon.js";
import { findQuotes, type Quote } from "./quotes.js";
import { fallbackSentences, paragraphEnds } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface Cue {
  /** First and last token of the cue phrase. */
  first: number;
  last: number;
  entry: CueEntry;
}

/** Everything the claim passes share, built once per article. */
export interface ClaimContext {
  doc: Doc;
  text: string;
  tokens: Token[];
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  /** First and last token of every sentence. */
  sentenceFirst: number[];
  sentenceLast: number[];
  /** Sentences set in title case (a headline: "Report Says Clinton Hid ..."). */
  titleCase: Uint8Array;
  /** Paragraph index of every token. */
  paragraphOf: Int32Array;
  quotes: Quote[];
  /** Quote index for tokens strictly inside a quote, else -1. */
  insideQuote: Int32Array;
  /** Quote index for a quote's opening and closing marks, else -1. */
  quoteMark: Int32Array;
  /** Number of quote-mark tokens before each token index (length tokens + 1). */
  quotesBefore: Int32Array;
  /** Cue starting at a token, if any. */
  cueAt: Map<number, Cue>;
  /** Mentions that name an actor, by start. */
  mentions: Mention[];
  unpairedQuotes: Span[];
}

const CUE_KEYS = new WordKeys<true>();
for (const word of CUES.keys()) CUE_KEYS.set(word, true);

export function buildContext(doc: Doc): ClaimContext {
  const text = doc.text;
  const tokens = tokenize(text, lowerText(doc));
  const sentences = doc.sentences.length > 0 ? doc.sentences : fallbackSentences(text, tokens);
  const pEnds = paragraphEnds(text, doc.paragraphs);

  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const sentenceFirst: number[] = [];
  const sentenceLast: number[] = [];
  // which input sentence each context sentence came from
  const sentenceKey: number[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < sentences.length && (sentences[s] as Span).end <= t.start) s++;
    // the tokens outside every sentence (a headline the segmenter left out) make one of
    // their own per line, not one per token
    const inside = s < sentences.length && (sentences[s] as Span).start <= t.start;
    let key = inside ? s : -(i + 2);
    if (!inside && i > 0 && (sentenceKey.at(-1) as number) < 0 && !lineBreakBetween(text, tokens[i - 1] as Token, t))
      key = sentenceKey.at(-1) as number;
    const prev = sentenceFirst.length - 1;
    if (prev < 0 || sentenceKey[prev] !== key) {
      sentenceKey.push(key);
      sentenceFirst.push(i);
      sentenceLast.push(i);
    } else sentenceLast[prev] = i;
    sentenceOf[i] = sentenceFirst.length - 1;
  }

  const titleCase = new Uint8Array(sentenceFirst.length);
  sentenceFirst.forEach((first, si) => {
    let words = 0;
    let capitals = 0;
    for (let i = first; i <= (sentenceLast[si] as number) && words < 40; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word" || t.lower.length < 4) continue;
      words++;
      if (t.upper) capitals++;
    }
    titleCase[si] = words >= 3 && capitals >= words * 0.8 ? 1 : 0;
  });

  const paragraphOf = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < pEnds.length && (pEnds[p] as number) <= (tokens[i] as Token).start) p++;
    paragraphOf[i] = p;
  }

  const scan = findQuotes(text, tokens, pEnds);
  const insideQuote = new Int32Array(tokens.length).fill(-1);
  const quoteMark = new Int32Array(tokens.length).fill(-1);
  scan.quotes.forEach((q, qi) => {
    quoteMark[q.openTok] = qi;
    quoteMark[q.closeTok] = qi;
    for (let i = q.openTok + 1; i < q.closeTok; i++) insideQuote[i] = qi;
  });

  const quotesBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++)
    quotesBefore[i + 1] = (quotesBefore[i] as number) + ((tokens[i] as Token).kind === "quote" ? 1 : 0);

  const cueAt = new Map<number, Cue>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    // most words start no cue: a check on their first letters spares hashing each new word
    if (CUE_KEYS.get(t.lower) === undefined) continue;
    const candidates = CUES.get(t.lower);
    if (!candidates) continue;
    for (const entry of candidates) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        const u = tokens[i + k];
        if (!u || u.lower !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        cueAt.set(i, { first: i, last: i + entry.words.length - 1, entry });
        break;
      }
    }
  }

  const mentions = doc.mentions.filter((m) => m.actor !== null).sort((a, b) => a.start - b.start);
  return {
    doc,
    text,
    tokens,
    sentenceOf,
    sentenceFirst,
    sentenceLast,
    titleCase,
    paragraphOf,
    quotes: scan.quotes,
    insideQuote,
    quoteMark,
    quotesBefore,
    cueAt,
    mentions,
    unpairedQuotes: scan.unpaired,
  };
}

function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
