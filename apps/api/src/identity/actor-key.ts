import type { Actor } from "@newsgraph/parser";
import genericWords from "./data/generic-organization-words.json" with { type: "json" };
import { asAcronym, normalizeName, normalizePersonName } from "./normalize-name.js";

const generic = new Set(genericWords.words);

/** "Foreign Ministry", "the Senate": names that only say what kind of body it is. */
function isGenericName(normalized: string): boolean {
  const words = normalized.split(" ").filter(Boolean);
  return words.length > 0 && words.every((w) => generic.has(w));
}

/**
 * The identity key that merges one article's actor with the same actor in
 * other articles. Countries (and the EU) by their code; persons by their
 * normalised full name; organizations and media by their acronym when the
 * article gives one, else their normalised name; a generic name ("Foreign
 * Ministry", "Senate") is scoped by the body's country, so two states' foreign
 * ministries stay two actors; groups by name.
 * `alternates` are further keys that name the same actor (an organization's
 * full name beside its acronym); ingest records them in the alias table so a
 * later article that uses only one of them lands on the same actor.
 */
export interface ActorKeys {
  key: string;
  alternates: string[];
}

export function actorKeys(actor: Actor, affiliationCode: string | null): ActorKeys {
  if (actor.code) return { key: `code:${actor.code.toUpperCase()}`, alternates: [] };
  const name = actor.name.trim() || actor.aliases[0] || actor.id;
  switch (actor.kind) {
    case "person":
      return { key: `person:${normalizePersonName(name) || normalizeName(name)}`, alternates: [] };
    case "organization":
    case "media": {
      // "the Senate" and "Senate" are one name.
      const full = normalizeName(name).replace(/^the /, "");
      const acronym = [name, ...actor.aliases].map(asAcronym).find((a) => a !== null) ?? null;
      const scope = affiliationCode && isGenericName(full) ? `${affiliationCode.toUpperCase()}:` : "";
      const prefix = `${actor.kind === "media" ? "media" : "org"}:${scope}`;
      if (acronym) {
        const alternates = asAcronym(name) === null ? [`${prefix}${full}`] : [];
        return { key: `${prefix}${acronym}`, alternates };
      }
      return { key: `${prefix}${full}`, alternates: [] };
    }
    default:
      return { key: `${actor.kind}:${normalizeName(name)}`, alternates: [] };
  }
}
