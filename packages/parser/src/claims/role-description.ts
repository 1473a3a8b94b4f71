import type { ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { PERSON_ROLE_NOUNS, PREPOSITIONS } from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import { type Token, tokenAt } from "./tokens.js";

const DEFINITE = new Set(["the", "this", "that"]);
const CUT_SHORT = new Set(["of", "to", "the", "a", "an", "and"]);

/**
 * The role nouns of a definite description of one person, k..j: "the Florida senator and
 * Republican presidential candidate", "the Republican presidential nominee for the Nov. 8
 * election", "the Russian leader". Its head is a lower-case person role noun (perhaps one of
 * two joined by "and", or the last word before a prepositional phrase), and every name in it
 * only modifies that noun (a place, a party, a state: no person, no owner); null otherwise.
 */
export function descriptionRoleNouns(ctx: ClaimContext, k: number, j: number, inside: Mention[]): string[] | null {
  const { tokens, text } = ctx;
  if (!DEFINITE.has((tokens[k] as Token).lower)) return null;
  const nouns: string[] = [];
  let end = j;
  for (let i = k + 1; i <= j; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") return null;
    if (i > k + 1 && (PREPOSITIONS.has(t.lower) || t.lower === "of")) {
      end = i - 1;
      break;
    }
    const next = tokens[i + 1] as Token | undefined;
    const headsHere = i === j || next?.lower === "and" || PREPOSITIONS.has(next?.lower ?? "") || next?.lower === "of";
    if (!t.upper && PERSON_ROLE_NOUNS.has(t.lower) && headsHere) nouns.push(t.lower);
  }
  const last = tokens[end] as Token;
  // a phrase cut short ("the attorney general of the") holds no whole description
  const final = (tokens[j] as Token).lower;
  if (PREPOSITIONS.has(final) || CUT_SHORT.has(final)) return null;
  if (nouns.length === 0 || last.upper || !PERSON_ROLE_NOUNS.has(last.lower)) return null;
  // "the California secretary of state's website": an owner's phrase before another head
  for (let i = end + 1; i <= j; i++) if (/['’]s?$/.test((tokens[i] as Token).lower)) return null;
  // "the president of the Communications Workers of America": a name after the role says whose role it is
  const ownerOrPerson = (m: Mention) =>
    m.kind === "person" || m.end > last.end || /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
  return inside.some(ownerOrPerson) ? null : nouns;
}

const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
// how many person mentions back a description looks for its holder
const ROLE_LOOKBACK = 30;
// how many tokens (a comma, a closing mark) may stand between a quotation and the description after it
const QUOTE_REACH = 3;

/**
 * The closest person mention before the description at `k`, passing over names inside the
 * quotation right before it: '"... while President Obama stood idly by," the Florida senator
 * said' reports the senator's words about Obama, so Obama is not the senator.
 */
export function personBeforeDescription(ctx: ClaimContext, k: number): Mention | null {
  const { tokens } = ctx;
  let quote = -1;
  for (let i = k - 1; i >= 0 && k - i <= QUOTE_REACH && quote === -1; i--) quote = ctx.insideQuote[i] as number;
  let at = (tokens[k] as Token).start;
  for (let n = 0; n < ROLE_LOOKBACK; n++) {
    const m = mentionBefore(ctx.mentions, at, PERSON);
    if (!m) return null;
    at = m.start;
    if (m.actor && (quote === -1 || ctx.insideQuote[tokenAt(tokens, m.start)] !== quote)) return m;
  }
  return null;
}
