import { gazetteer } from "../entities/lexicon.js";
import type { MentionNote } from "../entities/mention-note.js";
import type { Mention } from "../model.js";
import { dominantCountry } from "./resolve-names.js";

/**
 * A bare "Senate" or "Congress" is the body of the state the article is
 * about: the Philippine Senate in a story on Manila, the US Senate in one on
 * Washington. The gazetteer's country stands when the article names that
 * country itself, or names no country at all; a name the text qualifies
 * ("US Senate", "Senate of the Philippines") keeps its own state.
 */
export function rebindSharedBodies(mentions: Mention[], notes: MentionNote[], text: string): void {
  let named: Set<string> | null = null;
  let dominant: string | null | undefined;
  notes.forEach((n, i) => {
    const m = mentions[i] as Mention;
    if (m.via !== "name" || m.kind !== "organization") return;
    const entry = gazetteer.get(n.name);
    if (entry?.type !== "org" || !entry.shared || !entry.country) return;
    if (text.slice(m.start, m.end) !== entry.name || n.affiliation !== `country:${entry.country}`) return;
    named ??= namedCountries(mentions, notes);
    if (named.has(entry.country)) return;
    dominant ??= dominantCountry(mentions, notes);
    if (dominant) n.affiliation = `country:${dominant}`;
  });
}

function namedCountries(mentions: Mention[], notes: MentionNote[]): Set<string> {
  const out = new Set<string>();
  notes.forEach((n, i) => {
    if (mentions[i]?.kind === "country" && n.code) out.add(n.code);
  });
  return out;
}
