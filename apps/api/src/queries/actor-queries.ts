import DataLoader from "dataloader";
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { compiledByIds } from "../db/compiled-by-ids.js";
import { compiledShapes, joinShapes, shapeOf } from "../db/compiled-shapes.js";
import type { Database } from "../db/tables.js";
import { likePattern } from "./filters.js";
import { type PageArgs, paginate } from "./paginate.js";

export interface ActorFilter {
  kinds?: readonly string[] | null;
  /** ISO 3166-1 alpha-3 (or EU): the country itself and actors affiliated with it. */
  country?: string | null;
  search?: string | null;
}

function conditions(filter: ActorFilter | null | undefined): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (!filter) return out;
  if (filter.kinds && filter.kinds.length > 0) out.push(sql`a.kind in (${sql.join([...filter.kinds])})`);
  if (filter.country) {
    const code = filter.country.trim().toUpperCase();
    out.push(
      sql`(a.code = ${code} or exists (select 1 from article_actors x join actors c on c.id = x.affiliation_id where x.actor_id = a.id and c.code = ${code}))`,
    );
  }
  if (filter.search?.trim()) {
    const p = likePattern(filter.search.trim());
    out.push(
      sql`(lower(a.name) like ${p} escape '\\' or exists (select 1 from actor_aliases s where s.actor_id = a.id and lower(s.alias) like ${p} escape '\\'))`,
    );
  }
  return out;
}

/** Actors, those in the most articles first. */
export async function listActors(db: Kysely<Database>, filter: ActorFilter | null | undefined, args: PageArgs) {
  const where = conditions(filter);
  const key = sql<number>`(select count(*) from article_actors x where x.actor_id = a.id)`;
  const base = () =>
    db
      .selectFrom("actors as a")
      .selectAll("a")
      .select(key.as("sort_key"))
      .where((eb) => eb.and(where));
  const shape = shapeOf(where);
  const count = async () => {
    const rows = await compiledShapes(db)(joinShapes("count actors", shape), () =>
      db
        .selectFrom("actors as a")
        .select(sql<number>`count(*)`.as("n"))
        .where((eb) => eb.and(where)),
    );
    return Number(rows[0]?.n ?? 0);
  };
  return paginate({ db, shape: joinShapes("actors", shape), base }, key, sql<string>`a.id`, args, count);
}

export interface ActorCounts {
  articles: number;
  mentions: number;
  claims: number;
  accusationsMade: number;
  accusationsReceived: number;
  denials: number;
  responsesGiven: number;
  responsesReceived: number;
}

const countSources: [keyof ActorCounts, string, string, string][] = [
  ["articles", "article_actors", "actor_id", "count(distinct article_id)"],
  // One row an actor an article carries its mention count: the same total as counting
  // mentions, read from the same index entries as the article count (migration 006).
  ["mentions", "article_actors", "actor_id", "coalesce(sum(mention_count), 0)"],
  ["claims", "claims", "speaker_id", "count(*)"],
  ["accusationsMade", "accusations", "accuser_id", "count(*)"],
  ["accusationsReceived", "accusation_targets", "actor_id", "count(*)"],
  ["denials", "denials", "denier_id", "count(*)"],
  ["responsesGiven", "responses", "actor_id", "count(*)"],
  ["responsesReceived", "response_targets", "actor_id", "count(*)"],
];

/** Per-actor counts for many actors at once, in one statement: each count is read from its table's actor index. */
export function actorCountsLoader(db: Kysely<Database>) {
  return new DataLoader<string, ActorCounts>(async (ids) => {
    const rows = await compiledByIds(db)("actor counts", ids, (ids) =>
      db
        .selectFrom("actors as a")
        .select([
          "a.id",
          ...countSources.map(([field, table, column, count]) =>
            sql<number>`(select ${sql.raw(count)} from ${sql.table(table)} c where c.${sql.ref(column)} = a.id)`.as(
              field,
            ),
          ),
        ])
        .where("a.id", "in", ids),
    );
    const out = new Map<string, ActorCounts>();
    for (const r of rows as unknown as (Record<keyof ActorCounts, number> & { id: string })[]) {
      const counts = {} as ActorCounts;
      for (const [field] of countSources) counts[field] = Number(r[field] ?? 0);
      out.set(r.id, counts);
    }
    const none = Object.fromEntries(countSources.map(([field]) => [field, 0])) as unknown as ActorCounts;
    return ids.map((id) => out.get(id) ?? { ...none });
  });
}
