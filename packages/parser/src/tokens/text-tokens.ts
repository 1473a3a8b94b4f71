import { type TokenKind, tokenize } from "../claims/tokens.js";
import type { Doc } from "../doc.js";
import { lowerText } from "./lower-text.js";
import type { TextToken } from "./text-token.js";

// The claim tokeniser's tokens of a doc's whole text, built once per doc: the
// claim stage reads them as they are, and the event tokens (events/tokens.ts)
// take their objects wherever the two tokenisations cut the same span.

const cache = new WeakMap<Doc, TextToken<TokenKind>[]>();
// the doc being read, in front of the WeakMap
let lastDoc: Doc | null = null;
let lastTokens: TextToken<TokenKind>[] | null = null;

export function textTokens(doc: Doc): TextToken<TokenKind>[] {
  if (doc === lastDoc && lastTokens) return lastTokens;
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = tokenize(doc.text, lowerText(doc));
    cache.set(doc, tokens);
  }
  lastDoc = doc;
  lastTokens = tokens;
  return tokens;
}
