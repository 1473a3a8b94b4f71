import quantifiers from "../../data/bare-quantifiers.json";
import { firstStartingAt } from "../first-starting-at.js";
import type { Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import type { Token } from "./tokens.js";

const BARE_QUANTIFIERS: ReadonlySet<string> = new Set(quantifiers.words);

// "Democrats", "Republicans": a plural name of an organization names its members
const membersNamed = (text: string, m: Mention) => /[a-z]s$/.test(text.slice(m.start, m.end));

/**
 * "Some protesters gathered ... Others shouted": a bare quantifier that is the whole subject
 * of a reporting verb speaks for the part of a group named just before. It takes the one group
 * actor named in its own sentence before it or in the sentence before; with none or with two
 * groups there, nobody can say whose members spoke, and the claim keeps no speaker.
 * `k` is the quantifier's token; the phrase must be that one word.
 */
export function quantifierGroup(ctx: ClaimContext, k: number): { actor: string; token: Token } | null {
  const { tokens, mentions } = ctx;
  const t = tokens[k] as Token;
  if (t.kind !== "word" || !BARE_QUANTIFIERS.has(t.lower)) return null;
  const s = ctx.sentenceOf[k] as number;
  const first = ctx.sentenceFirst[Math.max(0, s - 1)] as number;
  const from = (tokens[first] as Token).start;
  const groups = new Set<string>();
  for (let i = firstStartingAt(mentions, from); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= t.start) break;
    if (m.actor && (m.kind === "group" || (m.kind === "organization" && membersNamed(ctx.text, m))))
      groups.add(m.actor);
  }
  if (groups.size !== 1) return null;
  return { actor: [...groups][0] as string, token: t };
}
