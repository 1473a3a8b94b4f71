import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { mergeActorKeys } from "./merge-actors.js";
import { personSurname } from "./person-surname.js";

/**
 * Folds persons named by surname alone ("Trump", "Mr. Antonov") into the
 * full-name person with that surname ("Donald Trump"), when exactly one
 * full-name person in the corpus has it; with two or more ("Smith") they stay
 * apart. `keys` are the stored actor keys an article just used; every actor
 * they name already exists, so whichever of the two arrived first, the
 * second one's article finds the first here and the result does not depend
 * on the order. Each fold is recorded in the alias table (origin "surname"),
 * so later articles go straight to the full name. Returns the folded keys
 * with the actor id each now belongs to.
 */
export async function mergeSurnameOnlyPersons(
  trx: Kysely<Database>,
  keys: Iterable<string>,
): Promise<Map<string, string>> {
  const surnames = new Set<string>();
  for (const key of keys) {
    const s = personSurname(key);
    if (s) surnames.add(s.surname);
  }
  const folded = new Map<string, string>();
  if (surnames.size === 0) return folded;
  const rows = await trx
    .selectFrom("actors")
    .select(["id", "key", "surname"])
    .where("surname", "in", [...surnames])
    .execute();
  const bySurname = new Map<string, { full: { id: string; key: string }[]; only: string[] }>();
  for (const row of rows) {
    const s = personSurname(row.key);
    if (!s) continue;
    const group = bySurname.get(s.surname) ?? { full: [], only: [] };
    bySurname.set(s.surname, group);
    if (s.surnameOnly) group.only.push(row.key);
    else group.full.push(row);
  }
  for (const { full, only } of bySurname.values()) {
    const into = full.length === 1 ? full[0] : undefined;
    if (!into) continue;
    for (const from of only) {
      await mergeActorKeys(trx, from, into.key, "surname");
      folded.set(from, into.id);
    }
  }
  return folded;
}
