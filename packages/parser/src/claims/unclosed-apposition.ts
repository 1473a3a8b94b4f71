import type { ActorKind, Mention, Span } from "../model.js";
import type { ClaimContext } from "./context.js";
import { PERSON_ROLE_NOUNS } from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import type { Token } from "./tokens.js";

const PERSON: ReadonlySet<ActorKind> = new Set(["person"]);
// lower-case words a subject's title may open with before the name ("former Dean Ann Roe")
const TITLE_OPENERS = new Set(["the", "former", "then"]);

/**
 * "Ann Roe, dean of the Harbor Law School said", "Ann Roe, the chief officer of Acme wrote":
 * an apposition whose closing comma the writer left out. The phrase k..j before the cue is a
 * person's role (its head, the word before its first "of", is a role noun) and right before its
 * comma stands a person named in subject place, at the sentence's start: that person speaks,
 * not the body the role is "of". Returns the speaker and its source, or null.
 */
export function unclosedApposition(
  ctx: ClaimContext,
  k: number,
  j: number,
  lo: number,
): { speaker: string; source: Span } | null {
  const { tokens } = ctx;
  if (k - 2 < lo || (tokens[k - 1] as Token).lower !== ",") return null;
  let head = j;
  for (let i = k; i <= j; i++)
    if ((tokens[i] as Token).lower === "of") {
      head = i - 1;
      break;
    }
  if (head < k || !PERSON_ROLE_NOUNS.has((tokens[head] as Token).lower)) return null;
  const person = sentenceOpeningPerson(ctx, lo, k - 2);
  if (!person?.actor) return null;
  return { speaker: person.actor, source: { start: person.start, end: (tokens[j] as Token).end } };
}

/**
 * The person named by a mention that ends at token `last` and opens its sentence (which starts at
 * `lo`), perhaps after a title: "Law professor Ann Roe", "former Sen. Jo Poe". Null otherwise.
 */
export function sentenceOpeningPerson(ctx: ClaimContext, lo: number, last: number): Mention | null {
  return openingName(ctx, lo, last, PERSON);
}

/** As `sentenceOpeningPerson`, for a mention of any of `kinds`. */
export function openingName(
  ctx: ClaimContext,
  lo: number,
  last: number,
  kinds: ReadonlySet<ActorKind>,
): Mention | null {
  const { tokens } = ctx;
  const end = tokens[last] as Token;
  const person = mentionBefore(ctx.mentions, end.end, kinds);
  if (!person?.actor || person.end !== end.end) return null;
  for (let i = lo; i < last && (tokens[i] as Token).end <= person.start; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || (!t.upper && !TITLE_OPENERS.has(t.lower))) return null;
  }
  return person;
}
