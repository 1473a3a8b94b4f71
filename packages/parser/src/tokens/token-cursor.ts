import { firstStartingAt } from "../first-starting-at.js";
import type { TextToken } from "./text-token.js";

/**
 * A cursor over a doc's shared text tokens (text-tokens.ts) for a reader that
 * walks the text in order: `at` gives the token spanning exactly [start, end),
 * if there is one, so the reader can take its object or its lower-case string
 * instead of making its own. Each call moves forward from the last; `seek`
 * jumps (by halving) to where a new stretch of text starts.
 */
export class TokenCursor {
  private k = 0;
  constructor(private readonly tokens: readonly TextToken<string>[]) {}

  seek(offset: number): void {
    this.k = firstStartingAt(this.tokens, offset);
  }

  at(start: number, end: number): TextToken<string> | null {
    const tokens = this.tokens;
    let k = this.k;
    while (k < tokens.length && (tokens[k] as TextToken<string>).start < start) k++;
    this.k = k;
    const t = tokens[k];
    return t !== undefined && t.start === start && t.end === end ? t : null;
  }
}
