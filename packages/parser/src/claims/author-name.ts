import type { ClaimContext } from "./context.js";
import type { Token } from "./tokens.js";

// how many tokens a name before the document noun may take ("Washington Post / ABC News")
const NAME_REACH = 8;
// marks that join two names into one modifier: "Associated Press-GfK", "New York Times/CBS News"
const JOINERS = /\s*(?:[-–/]|\band\b)\s*/;

const byName = new WeakMap<ClaimContext, Map<string, string>>();

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** The doc's actors by every name and alias, lower case; built once per article. */
function actorsByName(ctx: ClaimContext): Map<string, string> {
  let map = byName.get(ctx);
  if (map) return map;
  map = new Map();
  for (const a of ctx.doc.actors) for (const n of [a.name, ...a.aliases]) if (!map.has(fold(n))) map.set(fold(n), a.id);
  byName.set(ctx, map);
  return map;
}

/**
 * "a new Associated Press-GfK poll", "a Quinnipiac University survey": capitalised words right
 * before the document noun at `nounTok` that are an actor's whole name name its author, the first
 * of two names run together (the one who ran it, as "AP-GfK" is the AP's); null when none is.
 * The entity stage leaves such a run unlinked when a second name is fused to the first.
 */
export function namedAuthor(ctx: ClaimContext, nounTok: number): string | null {
  const { tokens } = ctx;
  let k = nounTok - 1;
  while (k >= 0 && nounTok - k <= NAME_REACH) {
    const t = tokens[k] as Token;
    if (t.kind === "word" ? !t.upper : !JOINERS.test(ctx.text.slice(t.start, t.end))) break;
    k--;
  }
  if (k === nounTok - 1) return null;
  const run = ctx.text.slice((tokens[k + 1] as Token).start, (tokens[nounTok - 1] as Token).end);
  const names = actorsByName(ctx);
  const whole = names.get(fold(run));
  if (whole) return whole;
  for (const part of run.split(JOINERS)) {
    const id = names.get(fold(part.trim()));
    if (id) return id;
  }
  return null;
}
