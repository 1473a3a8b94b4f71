/**
 * One token of a document's shared tokenisation (text-tokens.ts), carrying the
 * fields that the claim tokens (claims/tokens.ts), the event tokens
 * (events/tokens.ts) and the mention tokens (entities/tokenize.ts) read, so
 * the later tokenisers take the claim tokeniser's objects wherever they cut
 * the same span (most words and punctuation) instead of allocating an object
 * and a string of their own per token. Every token of the three is made by
 * this one constructor, so the rules reading them see one object shape; each
 * reads only its own fields, and `kind` agrees wherever an object is shared
 * (the mention tokens take only words and plain punctuation).
 */
export class TextToken<K extends string = TokenKindAny> {
  start: number;
  end: number;
  /** Lower-cased text; curly apostrophes folded to straight ones; an abbreviation's dot, within the span, left out. */
  lower: string;
  /** The claim tokeniser's class (double quotation marks apart), or the mention tokeniser's. */
  kind: K;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** The event tokeniser's: punctuation that can end a clause or a list item. */
  punct: boolean;
  /** The event tokeniser's: index of the sentence the token lies in (-1 until the event tokens take it). */
  sentence: number;
  /** The mention tokeniser's: the text as written ("" until the mention tokens take it). */
  text: string;
  /** The mention tokeniser's: a capital that may start a name (entities/tokenize.ts). */
  cap: boolean;
  /** The mention tokeniser's: first word of a sentence, a line or a quotation. */
  sentStart: boolean;
  /** The mention tokeniser's: a line break lies before it. */
  lineStart: boolean;

  constructor(start: number, end: number, lower: string, kind: K, upper: boolean, punct: boolean, sentence: number) {
    this.start = start;
    this.end = end;
    this.lower = lower;
    this.kind = kind;
    this.upper = upper;
    this.punct = punct;
    this.sentence = sentence;
    this.text = "";
    this.cap = false;
    this.sentStart = false;
    this.lineStart = false;
  }
}

type TokenKindAny = "word" | "punct" | "quote" | "possessive";
