import type { ActorTable } from "../db/tables.js";

// The columns each Actor field reads from its row (schema/actor.ts); the rest read only `id`
// and load what they show. A field missing here (a new one) makes the read take every column,
// so a partial row only reaches resolvers listed here, each reading no column but these.
const byField: Record<string, readonly (keyof ActorTable)[]> = {
  __typename: [],
  id: [],
  key: ["key"],
  name: ["name"],
  kind: ["kind"],
  code: ["code"],
  title: [],
  aliases: [],
  affiliation: [],
  counts: [],
  articles: [],
  claims: [],
  accusationsMade: [],
  accusationsReceived: [],
  denials: [],
  responsesGiven: [],
  responsesReceived: [],
};

/**
 * The actor columns that these selections (each the field names asked for below one Actor
 * field) read, sorted, `id` always; null when one names a field this file does not know. A
 * network's 150-odd ends show their name and kind only, and turning the other columns of
 * every row into JS strings cost about a fifth of reading them.
 */
export function actorColumns(selections: readonly ReadonlySet<string>[]): (keyof ActorTable)[] | null {
  const columns = new Set<keyof ActorTable>(["id"]);
  for (const fields of selections)
    for (const name of fields) {
      const cols = byField[name];
      if (!cols) return null;
      for (const c of cols) columns.add(c);
    }
  return [...columns].sort();
}
