import type { Kysely } from "kysely";
import { paddedList } from "../db/statement-shapes.js";
import type { Database } from "../db/tables.js";
import { mergeActorKeys } from "./merge-actors.js";
import { personSurname } from "./person-surname.js";

/**
 * Folds persons named by surname alone ("Trump", "Mr. Antonov") into the
 * full-name person with that surname ("Donald Trump"), when exactly one
 * full-name person in the corpus has it; with two or more ("Smith") they stay
 * apart. Called for each stored article with the `surnames` of its persons
 * and `actors`: every stored actor with one of those surnames (the article's
 * own already created), so whichever of the two arrived first, the second
 * one's article finds the first here and the result does not depend on the
 * order. Each fold is recorded in the alias table (origin "surname"), so
 * later articles go straight to the full name. Returns the folded keys with
 * the actor id each now belongs to.
 */
export async function mergeSurnameOnlyPersons(
  trx: Kysely<Database>,
  surnames: string[],
  actors: { id: string; key: string }[],
): Promise<Map<string, string>> {
  const folded = new Map<string, string>();
  if (surnames.length === 0) return folded;
  const wanted = new Set(surnames);
  const bySurname = new Map<string, { full: { id: string; key: string }[]; only: string[] }>();
  for (const row of actors) {
    const s = personSurname(row.key);
    if (!s || !wanted.has(s.surname)) continue;
    const group = bySurname.get(s.surname) ?? { full: [], only: [] };
    bySurname.set(s.surname, group);
    if (s.surnameOnly) group.only.push(row.key);
    else group.full.push(row);
  }
  const folds = [...bySurname.values()].filter((g) => g.full.length === 1 && g.only.length > 0);
  if (folds.length === 0) return folded;
  // A key the alias table already sends elsewhere (an operator's correction) is left as it is.
  const aliased = await trx
    .selectFrom("actor_key_aliases")
    .select("alias_key")
    .where("alias_key", "in", paddedList(folds.flatMap((g) => g.only)))
    .execute();
  const corrected = new Set(aliased.map((a) => a.alias_key));
  for (const { full, only } of folds) {
    const into = full[0];
    if (!into) continue;
    for (const from of only) {
      if (corrected.has(from)) continue;
      await mergeActorKeys(trx, from, into.key, "surname", { refreshSummaries: false });
      folded.set(from, into.id);
    }
  }
  return folded;
}
