/**
 * One token of a document's shared tokenisation (text-tokens.ts), carrying the
 * fields both the claim tokens (claims/tokens.ts) and the event tokens
 * (events/tokens.ts) read, so the event stages reuse the claim stage's objects
 * wherever the two tokenisations agree (most words and punctuation) instead of
 * allocating a second object and string per token. Every token of either
 * stage is made by this one constructor, so the rules reading them see one
 * object shape.
 */
export class TextToken {
  constructor(
    public start: number,
    public end: number,
    /** Lower-cased text; curly apostrophes folded to straight ones. */
    public lower: string,
    /** The claim tokeniser's class (double quotation marks apart). */
    public kind: "word" | "punct" | "quote",
    /** First character is an upper-case letter. */
    public upper: boolean,
    /** The event tokeniser's: punctuation that can end a clause or a list item. */
    public punct: boolean,
    /** The event tokeniser's: index of the sentence the token lies in (-1 until the event tokens take it). */
    public sentence: number,
  ) {}
}
