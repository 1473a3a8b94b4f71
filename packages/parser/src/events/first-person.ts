import type { Token } from "./tokens.js";

const FIRST_PERSON = new Set(["we", "i"]);

/**
 * '"We call on"', '"we could demand"', '"I will destroy"', '"I personally blame"': a
 * first-person subject opening the cue or a few words before it, with no punctuation
 * between. Inside a quote such a subject stands for the quote's speaker.
 */
export function firstPersonBefore(tokens: Token[], first: number, from: number, reach: number): boolean {
  for (let k = first; k >= from && k >= first - reach; k--) {
    const t = tokens[k] as Token;
    if (FIRST_PERSON.has(t.lower)) return true;
    if (t.punct) return false;
  }
  return false;
}
