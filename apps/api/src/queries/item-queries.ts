import { type Kysely, sql } from "kysely";
import type { AccusationTable, ClaimTable, Database, DenialTable, ResponseTable } from "../db/tables.js";
import { type ItemFilter, type ItemTable, itemConditions } from "./filters.js";
import { type Page, type PageArgs, paginate } from "./paginate.js";

export interface ItemRows {
  claims: ClaimTable;
  accusations: AccusationTable;
  denials: DenialTable;
  responses: ResponseTable;
}

type Sorted<T> = T & { sort_key: string };

/** One page of items, newest first (by the item's day, then id), with the filter applied in SQL. */
export async function listItems<T extends ItemTable>(
  db: Kysely<Database>,
  table: T,
  filter: ItemFilter | null | undefined,
  args: PageArgs,
): Promise<Page<Sorted<ItemRows[T]>>> {
  const conditions = itemConditions(table, filter);
  const key = sql<string>`coalesce(i.day, '')`;
  const base = db
    .selectFrom(`${table} as i` as "claims as i")
    .selectAll("i")
    .select(key.as("sort_key"))
    .where((eb) => eb.and(conditions));
  const count = async () => {
    const row = await db
      .selectFrom(`${table} as i` as "claims as i")
      .select(sql<number>`count(*)`.as("n"))
      .where((eb) => eb.and(conditions))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const page = await paginate(base, key, sql<string>`i.id`, args, count, sql<string | null>`i.day`);
  return page as unknown as Page<Sorted<ItemRows[T]>>;
}

/** Counts items matching a filter (the corpus totals and per-actor counts use this). */
export async function countItems(db: Kysely<Database>, table: ItemTable, filter: ItemFilter | null): Promise<number> {
  const conditions = itemConditions(table, filter);
  const row = await db
    .selectFrom(`${table} as i` as "claims as i")
    .select(sql<number>`count(*)`.as("n"))
    .where((eb) => eb.and(conditions))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
