import type { Kysely } from "kysely";
import { bumpGeneration } from "../db/generation.js";
import type { Database } from "../db/tables.js";
import { makeId } from "../ingest/hash.js";
import { personSurname } from "./person-surname.js";

const actorColumns = [
  ["article_actors", "actor_id"],
  ["article_actors", "affiliation_id"],
  ["mentions", "actor_id"],
  ["claims", "speaker_id"],
  ["accusations", "accuser_id"],
  ["denials", "denier_id"],
  ["responses", "actor_id"],
] as const;

/**
 * Records that identity key `from` names the same actor as `into`, and moves
 * everything stored under `from`'s actor to `into`'s. Used by ingest for
 * acronyms and by operators to correct a missed merge (see README, "API").
 */
export async function mergeActorKeys(
  trx: Kysely<Database>,
  from: string,
  into: string,
  origin: string,
  // Ingest merges inside storing an article, which refreshes the actors' summaries once at its end.
  options: { refreshSummaries?: boolean } = {},
): Promise<void> {
  if (from === into) return;
  await trx
    .insertInto("actor_key_aliases")
    .values({ alias_key: from, actor_key: into, origin })
    .onConflict((oc) => oc.column("alias_key").doUpdateSet({ actor_key: into, origin }))
    .execute();
  // Keys that pointed at `from` now point at `into`, so chains never form.
  await trx.updateTable("actor_key_aliases").set({ actor_key: into }).where("actor_key", "=", from).execute();

  const old = await trx.selectFrom("actors").selectAll().where("key", "=", from).executeTakeFirst();
  if (!old) return;
  let target = await trx.selectFrom("actors").select("id").where("key", "=", into).executeTakeFirst();
  if (!target) {
    target = { id: makeId("act", into) };
    await trx
      .insertInto("actors")
      .values({ ...old, id: target.id, key: into, surname: personSurname(into)?.surname ?? null })
      .execute();
  }
  const to = target.id;
  for (const [table, column] of actorColumns) {
    // biome-ignore lint/suspicious/noExplicitAny: table and column come from the fixed list above
    await (trx.updateTable(table) as any)
      .set({ [column]: to })
      .where(column, "=", old.id)
      .execute();
  }
  const aliases = await trx.selectFrom("actor_aliases").selectAll().where("actor_id", "=", old.id).execute();
  await trx.deleteFrom("actor_aliases").where("actor_id", "=", old.id).execute();
  if (aliases.length > 0) {
    await trx
      .insertInto("actor_aliases")
      .values(aliases.map((a) => ({ ...a, actor_id: to })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  for (const table of ["accusation_targets", "response_targets"] as const) {
    // An item that named both actors keeps one row.
    await trx
      .deleteFrom(table)
      .where("actor_id", "=", old.id)
      .where("item_id", "in", (q) => q.selectFrom(table).select("item_id").where("actor_id", "=", to))
      .execute();
    await trx.updateTable(table).set({ actor_id: to }).where("actor_id", "=", old.id).execute();
  }
  await trx.deleteFrom("actors").where("id", "=", old.id).execute();
  await bumpGeneration(trx, options);
}
