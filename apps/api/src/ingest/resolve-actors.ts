import type { Kysely } from "kysely";
import { paddedList, powerOfTwoChunks } from "../db/statement-shapes.js";
import type { Database } from "../db/tables.js";
import { mergeActorKeys } from "../identity/merge-actors.js";
import { mergeSurnameOnlyPersons } from "../identity/merge-surnames.js";
import { personSurname } from "../identity/person-surname.js";
import { makeId } from "./hash.js";
import type { PlannedActor } from "./plan-article.js";

/**
 * Maps each of the article's actors (by its local id) to the corpus-wide
 * actor it is, creating actors that are new. Keys go through the alias table
 * first, so a recorded correction or an acronym seen earlier decides.
 */
export async function resolveActors(trx: Kysely<Database>, keyed: PlannedActor[]): Promise<Map<string, string>> {
  const allKeys = [...new Set(keyed.flatMap((k) => [k.key, ...k.alternates]))];
  if (allKeys.length === 0) return new Map();

  const aliasRows = await trx
    .selectFrom("actor_key_aliases")
    .select(["alias_key", "actor_key"])
    .where("alias_key", "in", paddedList(allKeys))
    .execute();
  const canonical = new Map(aliasRows.map((r) => [r.alias_key, r.actor_key]));
  const resolve = (key: string) => canonical.get(key) ?? key;

  // An acronym's full name seen before it was known to be the same body: fold that actor in now.
  for (const { key, alternates } of keyed) {
    for (const alt of alternates) {
      if (canonical.has(alt)) continue;
      await mergeActorKeys(trx, alt, resolve(key), "acronym", { refreshSummaries: false });
      canonical.set(alt, resolve(key));
    }
  }

  const wanted = new Map<string, PlannedActor>();
  for (const actor of keyed) if (!wanted.has(resolve(actor.key))) wanted.set(resolve(actor.key), actor);
  const keys = [...wanted.keys()];
  // The same query brings every person who shares a surname with one of the article's persons.
  const surnames = [...new Set(keys.flatMap((k) => personSurname(k)?.surname ?? []))];
  const stored = await trx
    .selectFrom("actors")
    .select(["id", "key"])
    .where((eb) =>
      surnames.length > 0
        ? eb.or([eb("key", "in", paddedList(keys)), eb("surname", "in", paddedList(surnames))])
        : eb("key", "in", paddedList(keys)),
    )
    .execute();
  const idByKey = new Map(stored.map((r) => [r.key, r.id]));
  const fresh = keys
    .filter((k) => !idByKey.has(k))
    .map((key) => {
      const actor = wanted.get(key) as PlannedActor;
      const surname = personSurname(key)?.surname ?? null;
      return { id: makeId("act", key), key, name: actor.name, kind: actor.kind, code: actor.code, surname };
    });
  for (const chunk of powerOfTwoChunks(fresh)) {
    await trx
      .insertInto("actors")
      .values(chunk)
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
  }
  for (const row of fresh) idByKey.set(row.key, row.id);
  // A person named by surname alone joins the one full-name person with that surname.
  const folded = await mergeSurnameOnlyPersons(
    trx,
    surnames,
    [...idByKey].map(([key, id]) => ({ key, id })),
  );
  const idOf = (key: string) => folded.get(key) ?? (idByKey.get(key) as string);
  return new Map(keyed.map(({ local, key }) => [local, idOf(resolve(key))]));
}
