import type { Doc } from "../doc.js";
import { mentionsIn } from "./actor-roles.js";
import type { CueMatch } from "./cue-patterns.js";
import type { ResponseCue } from "./response-lexicon.js";
import type { Token } from "./tokens.js";

/**
 * Drops the asks ('&' cues: "asked X to", "requests X to") that name no one
 * between their first and last words. Such a cue tells no request, so it must
 * not shadow a cue it overlaps: in "did not respond to requests to discuss the
 * work", "requests to" asks nothing, and the words are a refusal to comment.
 */
export function withoutUnaddressedAsks(
  doc: Doc,
  tokens: Token[],
  matches: CueMatch<ResponseCue>[],
): CueMatch<ResponseCue>[] {
  if (matches.length < 2) return matches;
  return matches.filter((m) => {
    if (!m.pattern.value.needsAddressee) return true;
    const head = tokens[m.first] as Token;
    const last = tokens[m.last] as Token;
    return mentionsIn(doc, head.end, last.start).some((x) => x.end <= last.start);
  });
}
