import { type Kysely, type SqlBool, sql } from "kysely";
import { bound, compiledShapes, joinShapes, shapeOf } from "../db/compiled-shapes.js";
import type { AccusationTable, Database } from "../db/tables.js";
import { endOf, type ItemFilter, type ItemTable, itemConditions } from "./filters.js";

// Every aggregate is one or a few GROUP BY queries: the database counts, resolvers only shape.

export interface PairCount {
  accuser: string;
  accused: string;
  count: number;
}

/** Accuser → accused pairs with how many accusations connect them, most first. */
export async function accusationPairs(
  db: Kysely<Database>,
  filter: ItemFilter,
  limit: number,
  among?: { accusers: string[]; accused: string[] },
): Promise<PairCount[]> {
  const where = itemConditions("accusations", filter);
  if (!among && where.length === 0) {
    // Unfiltered, the pairs kept at write time answer down their rank index (kept-aggregates.ts).
    const kept = await compiledShapes(db)(bound("kept accusation pairs", limit), () =>
      db
        .selectFrom("accusation_pairs")
        .select(["accuser_id as accuser", "accused_id as accused", "n as count"])
        .orderBy("n", "desc")
        .orderBy("accuser_id")
        .orderBy("accused_id")
        .limit(limit),
    );
    return kept.map((r) => ({ accuser: r.accuser, accused: r.accused, count: Number(r.count) }));
  }
  if (among) {
    if (among.accusers.length === 0 || among.accused.length === 0) return [];
    where.push(sql<SqlBool>`i.accuser_id in (${sql.join(among.accusers)})`);
    where.push(sql<SqlBool>`t.actor_id in (${sql.join(among.accused)})`);
  }
  const rows = await compiledShapes(db)(joinShapes("accusation pairs", shapeOf(where), bound("", limit)), () =>
    db
      .selectFrom("accusations as i")
      .innerJoin("accusation_targets as t", "t.item_id", "i.id")
      .select(["i.accuser_id as accuser", "t.actor_id as accused", sql<number>`count(*)`.as("count")])
      .where((eb) => eb.and(where))
      .groupBy(["i.accuser_id", "t.actor_id"])
      .orderBy("count", "desc")
      .orderBy("i.accuser_id")
      .orderBy("t.actor_id")
      .limit(limit),
  );
  return rows.map((r) => ({ accuser: r.accuser, accused: r.accused, count: Number(r.count) }));
}

/** The actors with the most accusations made (side "accuser") or received ("accused"). */
export async function topAccusationParties(
  db: Kysely<Database>,
  filter: ItemFilter,
  side: "accuser" | "accused",
  limit: number,
): Promise<{ actor: string; count: number }[]> {
  const where = itemConditions("accusations", filter);
  const col = side === "accuser" ? sql.ref("i.accuser_id") : sql.ref("t.actor_id");
  const rows = await compiledShapes(db)(joinShapes(`top ${side}s`, shapeOf(where), bound("", limit)), () =>
    db
      .selectFrom("accusations as i")
      .innerJoin("accusation_targets as t", "t.item_id", "i.id")
      .select([sql<string>`${col}`.as("actor"), sql<number>`count(distinct i.id)`.as("count")])
      .where((eb) => eb.and(where))
      .groupBy(sql`${col}`)
      .orderBy("count", "desc")
      .orderBy("actor")
      .limit(limit),
  );
  return rows.map((r) => ({ actor: r.actor, count: Number(r.count) }));
}

/** The accusations behind some network edges, newest first, at most `perEdge` an edge. */
export async function accusationsOfPairs(
  db: Kysely<Database>,
  filter: ItemFilter,
  pairs: readonly { accuser: string; accused: string }[],
  perEdge: number,
): Promise<(AccusationTable & { accused_id: string })[][]> {
  if (pairs.length === 0) return [];
  const where = itemConditions("accusations", filter);
  where.push(sql<SqlBool>`i.accuser_id in (${sql.join([...new Set(pairs.map((p) => p.accuser))])})`);
  where.push(sql<SqlBool>`t.actor_id in (${sql.join([...new Set(pairs.map((p) => p.accused))])})`);
  const rows = await db
    .selectFrom("accusations as i")
    .innerJoin("accusation_targets as t", "t.item_id", "i.id")
    .selectAll("i")
    .select("t.actor_id as accused_id")
    .where((eb) => eb.and(where))
    .orderBy(sql`coalesce(i.day, '')`, "desc")
    .orderBy("i.id", "desc")
    .execute();
  const groups = new Map<string, (AccusationTable & { accused_id: string })[]>();
  for (const r of rows) {
    const k = `${r.accuser_id}|${r.accused_id}`;
    const list = groups.get(k) ?? [];
    if (list.length < perEdge) list.push(r);
    groups.set(k, list);
  }
  return pairs.map((p) => groups.get(`${p.accuser}|${p.accused}`) ?? []);
}

export type Bucket = "DAY" | "MONTH" | "YEAR";
const bucketLength: Record<Bucket, number> = { DAY: 10, MONTH: 7, YEAR: 4 };

/** Responses counted by period and type; items without a day are left out. */
export async function responsesTimeline(db: Kysely<Database>, filter: ItemFilter, bucket: Bucket) {
  const where = itemConditions("responses", filter);
  const period = sql<string>`substr(i.day, 1, ${sql.lit(bucketLength[bucket])})`;
  const rows = await compiledShapes(db)(joinShapes(`timeline ${bucket}`, shapeOf(where)), () =>
    db
      .selectFrom("responses as i")
      .select([period.as("period"), "i.type", sql<number>`count(*)`.as("count")])
      .where((eb) => eb.and([...where, sql<SqlBool>`i.day is not null`]))
      .groupBy([period, "i.type"])
      .orderBy("period")
      .orderBy("i.type"),
  );
  return rows.map((r) => ({ period: r.period, type: r.type, count: Number(r.count) }));
}

export type Role = "SPEAKER" | "ACCUSER" | "ACCUSED" | "DENIER" | "RESPONDER" | "RESPONSE_TARGET" | "MENTIONED";

interface RoleSource {
  table: ItemTable;
  column: string;
  targets?: "accusation_targets" | "response_targets";
}

const roleSources: Record<Exclude<Role, "MENTIONED">, RoleSource> = {
  SPEAKER: { table: "claims", column: "i.speaker_id" },
  ACCUSER: { table: "accusations", column: "i.accuser_id" },
  ACCUSED: { table: "accusations", column: "t.actor_id", targets: "accusation_targets" },
  DENIER: { table: "denials", column: "i.denier_id" },
  RESPONDER: { table: "responses", column: "i.actor_id" },
  RESPONSE_TARGET: { table: "responses", column: "t.actor_id", targets: "response_targets" },
};

export interface TopFilter {
  from?: string | null;
  to?: string | null;
  source?: string | null;
  kinds?: readonly string[] | null;
}

/** The actors that fill a role most often (items; for MENTIONED, articles). */
export async function topActors(db: Kysely<Database>, role: Role, filter: TopFilter, limit: number) {
  const kinds = filter.kinds && filter.kinds.length > 0 ? [...filter.kinds] : null;
  if (role !== "MENTIONED" && !kinds && !filter.from && !filter.to && !filter.source) {
    // Unfiltered, the counts kept at write time answer down their rank index (kept-aggregates.ts).
    const kept = await compiledShapes(db)(bound("kept top actors", role, limit), () =>
      db
        .selectFrom("actor_roles")
        .select(["actor_id as actor", "n as count"])
        .where("role", "=", role)
        .orderBy("n", "desc")
        .orderBy("actor_id")
        .limit(limit),
    );
    return kept.map((r) => ({ actor: r.actor, count: Number(r.count) }));
  }
  if (role === "MENTIONED") {
    const where: ReturnType<typeof sql<SqlBool>>[] = [];
    if (filter.from) where.push(sql<SqlBool>`substr(a.published_at, 1, 10) >= ${filter.from}`);
    if (filter.to) where.push(sql<SqlBool>`substr(a.published_at, 1, 10) <= ${endOf(filter.to)}`);
    if (filter.source) where.push(sql<SqlBool>`lower(a.source) = ${filter.source.toLowerCase()}`);
    if (kinds) where.push(sql<SqlBool>`c.kind in (${sql.join(kinds)})`);
    const rows = await compiledShapes(db)(joinShapes("top mentioned", shapeOf(where), bound("", limit)), () =>
      db
        .selectFrom("article_actors as x")
        .innerJoin("articles as a", "a.id", "x.article_id")
        .innerJoin("actors as c", "c.id", "x.actor_id")
        .select(["x.actor_id as actor", sql<number>`count(distinct x.article_id)`.as("count")])
        .where((eb) => eb.and(where))
        .groupBy("x.actor_id")
        .orderBy("count", "desc")
        .orderBy("x.actor_id")
        .limit(limit),
    );
    return rows.map((r) => ({ actor: r.actor, count: Number(r.count) }));
  }
  const src = roleSources[role];
  const where = itemConditions(src.table, { from: filter.from, to: filter.to, source: filter.source });
  // Unfiltered, the targets alone answer (every target row has its item: a foreign key with cascade).
  const targetsAlone = src.targets !== undefined && where.length === 0;
  const col = sql.ref(src.column);
  if (kinds)
    where.push(sql<SqlBool>`exists (select 1 from actors c where c.id = ${col} and c.kind in (${sql.join(kinds)}))`);
  where.push(sql<SqlBool>`${col} is not null`);
  // count(*) counts items: an item table has a row an item, and a targets table a row an item and actor.
  const rows = await compiledShapes(db)(joinShapes(`top ${role}`, shapeOf(where), bound("", limit)), () => {
    let q = db.selectFrom(`${src.table} as i` as "claims as i");
    // The statement names its columns in raw SQL only (`col`), so the targets table can stand in for the join.
    if (targetsAlone) q = db.selectFrom(`${src.targets} as t` as "accusation_targets as t") as unknown as typeof q;
    else if (src.targets) q = q.innerJoin(`${src.targets} as t` as "accusation_targets as t", "t.item_id", "i.id");
    return q
      .select([sql<string>`${col}`.as("actor"), sql<number>`count(*)`.as("count")])
      .where((eb) => eb.and(where))
      .groupBy(sql`${col}`)
      .orderBy("count", "desc")
      .orderBy("actor")
      .limit(limit);
  });
  return rows.map((r) => ({ actor: r.actor, count: Number(r.count) }));
}

const totalTables = ["articles", "actors", "mentions", "claims", "accusations", "denials", "responses"] as const;
type TotalTable = (typeof totalTables)[number];

export interface CorpusCounts extends Partial<Record<TotalTable, number>> {
  firstPublished?: string | null;
  lastPublished?: string | null;
}

/**
 * Totals over the whole corpus: those in `wanted` (a GraphQL field name each), or all.
 * Each total is a count of a whole table or index (mentions: about 84,000 entries), so
 * one nobody asked for is not counted.
 */
export async function corpusCounts(db: Kysely<Database>, wanted?: ReadonlySet<string>): Promise<CorpusCounts> {
  const tables = totalTables.filter((t) => !wanted || wanted.has(t));
  // min and max each as their own subquery, so each is one step down the published_at index rather than a scan.
  const ends = (["first", "last"] as const).filter((e) => !wanted || wanted.has(`${e}Published`));
  if (tables.length + ends.length === 0) return {};
  const columns = [
    ...tables.map((t) => sql`(select count(*) from ${sql.table(t)}) as ${sql.ref(t)}`),
    ...ends.map(
      (e) => sql`(select ${sql.raw(e === "first" ? "min" : "max")}(published_at) from articles) as ${sql.ref(e)}`,
    ),
  ];
  const totals = (
    await sql<Partial<Record<TotalTable, number>> & { first?: string | null; last?: string | null }>`
    select ${sql.join(columns)}`.execute(db)
  ).rows[0];
  if (!totals) throw new Error("corpus totals returned no row");
  const counts: CorpusCounts = {};
  for (const t of tables) counts[t] = Number(totals[t]);
  if (ends.includes("first")) counts.firstPublished = totals.first ?? null;
  if (ends.includes("last")) counts.lastPublished = totals.last ?? null;
  return counts;
}

/** How many articles each source has, the most first. */
export async function sourceCounts(db: Kysely<Database>) {
  const sources = await compiledShapes(db)(bound("sources"), () =>
    db
      .selectFrom("articles")
      .select(["source", sql<number>`count(*)`.as("count")])
      .groupBy("source")
      .orderBy("count", "desc")
      .orderBy("source"),
  );
  return sources.map((s) => ({ source: s.source, count: Number(s.count) }));
}
