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

/**
 * One page of items, newest first (by the item's day, then id), with the filter applied in SQL.
 * `columns` (schema/item-columns.ts) are the row's columns the page's selection reads; the
 * rows then carry only those. Null reads every column.
 */
export async function listItems<T extends ItemTable>(
  db: Kysely<Database>,
  table: T,
  filter: ItemFilter | null | undefined,
  args: PageArgs,
  columns: readonly string[] | null = null,
): Promise<Page<Sorted<ItemRows[T]>>> {
  const conditions = itemConditions(table, filter);
  // Sorted column names: one compiled statement a set of columns.
  const named = columns ? `${table}(${columns.join(",")})` : table;
  const count = () => countWhere(db, table, conditions);
  const targets = targetsOf[table];
  if (targets && filter?.counterpart) {
    // Items an actor received, walked newest first down the actor's side of the targets index
    // (the targets carry their item's day and id, so the order is the item's own).
    const who = checkId("actor", filter.counterpart, "counterpart");
    const where = [sql<SqlBool>`t.actor_id = ${who}`, ...itemConditions(table, { ...filter, counterpart: null })];
    const key = sql<string>`coalesce(t.day, '')`;
    const base = () =>
      selectItem(
        db
          .selectFrom(`${targets} as t` as "accusation_targets as t")
          .innerJoin(`${table} as i` as "claims as i", "i.id", "t.item_id"),
        columns,
      )
        .select(key.as("sort_key"))
        .where((eb) => eb.and(where));
    const shape = joinShapes(`${named} received`, shapeOf(where));
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
    selectItem(db.selectFrom(`${table} as i` as "claims as i"), columns)
      .select(key.as("sort_key"))
      .where((eb) => eb.and(conditions));
  const shape = joinShapes(named, shapeOf(conditions));
  const page = await paginate({ db, shape, base }, key, sql<string>`i.id`, args, count, sql<string | null>`i.day`);
  return page as unknown as Page<Sorted<ItemRows[T]>>;
}

/**
 * Every column of `i`, or the named ones: typed as every column, as a partial row reaches
 * only the resolvers whose columns item-columns.ts read for it.
 */
function selectItem<Q extends { selectAll(table: "i"): unknown; select(columns: "i.id"[]): unknown }>(
  q: Q,
  columns: readonly string[] | null,
): ReturnType<Q["selectAll"]> {
  return (columns ? q.select(columns.map((c) => `i.${c}`) as "i.id"[]) : q.selectAll("i")) as ReturnType<
    Q["selectAll"]
  >;
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
