import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { compiledShapes, joinShapes, shapeOf } from "../db/compiled-shapes.js";
import type { AccusationTable, ClaimTable, Database, DenialTable, ResponseTable } from "../db/tables.js";
import { checkId, type ItemFilter, type ItemTable, itemConditions } from "./filters.js";
import { type Page, type PageArgs, paginate } from "./paginate.js";

export interface ItemRows {
  claims: ClaimTable;
  accusations: AccusationTable;
  denials: DenialTable;
  responses: ResponseTable;
}

type Sorted<T> = T & { sort_key: string };

const targetsOf: Partial<Record<ItemTable, "accusation_targets" | "response_targets">> = {
  accusations: "accusation_targets",
  responses: "response_targets",
};

/** One page of items, newest first (by the item's day, then id), with the filter applied in SQL. */
export async function listItems<T extends ItemTable>(
  db: Kysely<Database>,
  table: T,
  filter: ItemFilter | null | undefined,
  args: PageArgs,
): Promise<Page<Sorted<ItemRows[T]>>> {
  const conditions = itemConditions(table, filter);
  const count = () => countWhere(db, table, conditions);
  const targets = targetsOf[table];
  if (targets && filter?.counterpart) {
    // Items an actor received, walked newest first down the actor's side of the targets index
    // (the targets carry their item's day and id, so the order is the item's own).
    const who = checkId("actor", filter.counterpart, "counterpart");
    const where = [sql<SqlBool>`t.actor_id = ${who}`, ...itemConditions(table, { ...filter, counterpart: null })];
    const key = sql<string>`coalesce(t.day, '')`;
    const base = () =>
      db
        .selectFrom(`${targets} as t` as "accusation_targets as t")
        .innerJoin(`${table} as i` as "claims as i", "i.id", "t.item_id")
        .selectAll("i")
        .select(key.as("sort_key"))
        .where((eb) => eb.and(where));
    const shape = joinShapes(`${table} received`, shapeOf(where));
    const page = await paginate(
      { db, shape, base },
      key,
      sql<string>`t.item_id`,
      args,
      count,
      sql<string | null>`t.day`,
    );
    return page as unknown as Page<Sorted<ItemRows[T]>>;
  }
  const key = sql<string>`coalesce(i.day, '')`;
  const base = () =>
    db
      .selectFrom(`${table} as i` as "claims as i")
      .selectAll("i")
      .select(key.as("sort_key"))
      .where((eb) => eb.and(conditions));
  const shape = joinShapes(table, shapeOf(conditions));
  const page = await paginate({ db, shape, base }, key, sql<string>`i.id`, args, count, sql<string | null>`i.day`);
  return page as unknown as Page<Sorted<ItemRows[T]>>;
}

/** Counts items matching a filter (the corpus totals and per-actor counts use this). */
export function countItems(db: Kysely<Database>, table: ItemTable, filter: ItemFilter | null): Promise<number> {
  return countWhere(db, table, itemConditions(table, filter));
}

async function countWhere(db: Kysely<Database>, table: ItemTable, conditions: Expression<SqlBool>[]): Promise<number> {
  const rows = await compiledShapes(db)(joinShapes(`count ${table}`, shapeOf(conditions)), () =>
    db
      .selectFrom(`${table} as i` as "claims as i")
      .select(sql<number>`count(*)`.as("n"))
      .where((eb) => eb.and(conditions)),
  );
  return Number(rows[0]?.n ?? 0);
}
