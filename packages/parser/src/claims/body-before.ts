import type { ActorKind, Mention } from "../model.js";
import type { ClaimContext } from "./context.js";
import { MEDIA_HEAD_NOUNS, PLATFORM_MARKERS } from "./lexicon.js";
import { mentionBefore } from "./mentions-near.js";
import { tokenAt } from "./tokens.js";

const ORG: ReadonlySet<ActorKind> = new Set(["organization", "media"]);
// how many closer bodies a description may pass over
const SKIP_REACH = 4;

/**
 * The body a description (tokens first..last) such as "the company" or "a spokesperson" stands
 * for: the closest organization before `offset`, passing over a place
 * something was said ("posted on Twitter", "via Facebook", "told the Herald")
 * and, unless the description names a news outlet ("the newspaper"), a
 * news outlet that only reported the story ("Reuters reported").
 */
export function bodyBefore(ctx: ClaimContext, offset: number, first: number, last: number): Mention | null {
  // "the newspaper", "the paper's editorial board": any word of the description may name the outlet
  let mediaWanted = false;
  for (let i = first; i <= last && !mediaWanted; i++)
    mediaWanted = MEDIA_HEAD_NOUNS.has(withoutPossessive(ctx.tokens[i]?.lower ?? ""));
  let at = offset;
  let closest: Mention | null = null;
  for (let n = 0; n < SKIP_REACH; n++) {
    const m = mentionBefore(ctx.mentions, at, ORG);
    if (!m) break;
    closest ??= m;
    at = m.start;
    if (m.kind === "media" && !mediaWanted) continue;
    if (platformObject(ctx, m)) continue;
    return m;
  }
  // nothing else fits: keep the closest body rather than none
  return closest;
}

/** "paper's" -> "paper". */
function withoutPossessive(w: string): string {
  return w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w;
}

/** "on Twitter", "via the Facebook page", "told the Herald": the mention is where or to whom something was said. */
function platformObject(ctx: ClaimContext, m: Mention): boolean {
  let i = tokenAt(ctx.tokens, m.start) - 1;
  if (ctx.tokens[i]?.lower === "the") i--;
  return PLATFORM_MARKERS.has(ctx.tokens[i]?.lower ?? "");
}
