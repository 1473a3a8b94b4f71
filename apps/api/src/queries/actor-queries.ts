import DataLoader from "dataloader";
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { computeActorSummaries, noSummary } from "../db/actor-summaries.js";
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

// The roles kept at write time (src/db/kept-aggregates.ts) that are an actor's counts.
const countRoles: Record<string, keyof ActorCounts> = {
  SPEAKER: "claims",
  ACCUSER: "accusationsMade",
  ACCUSED: "accusationsReceived",
  DENIER: "denials",
  RESPONDER: "responsesGiven",
  RESPONSE_TARGET: "responsesReceived",
};

/** An actor's header: its counts and what its article rows give (src/db/actor-summaries.ts). */
export interface ActorHeader {
  counts: ActorCounts;
  title: string | null;
  affiliation: string | null;
  aliases: string[];
}

/**
 * Headers for many actors at once, in one statement: the item counts kept at write time (a key
 * lookup each) beside the actor's kept summary row. An actor whose summary is stale or missing
 * (rows changed outside the app's write paths) is computed from its rows, as it was before
 * summaries were kept.
 */
export function actorHeaderLoader(db: Kysely<Database>) {
  return new DataLoader<string, ActorHeader>(async (ids) => {
    const role = (name: string) =>
      sql<number>`(select r.n from actor_roles r where r.actor_id = a.id and r.role = ${sql.lit(name)})`;
    const rows = await compiledByIds(db)("actor headers", ids, (ids) =>
      db
        .selectFrom("actors as a")
        .leftJoin("actor_summaries as s", (join) =>
          join
            .onRef("s.actor_id", "=", "a.id")
            .on(sql<boolean>`not exists (select 1 from actor_summary_stale t where t.actor_id = a.id)`),
        )
        .select([
          "a.id",
          "s.articles",
          "s.mentions",
          "s.title",
          "s.affiliation_id",
          "s.aliases",
          ...Object.entries(countRoles).map(([name, field]) => role(name).as(field)),
        ])
        .where("a.id", "in", ids),
    );
    const out = new Map<string, ActorHeader>();
    const unkept: string[] = [];
    for (const r of rows as unknown as (Record<keyof ActorCounts, number | null> & ActorSummaryRow)[]) {
      const counts = noCounts();
      for (const field of Object.keys(counts) as (keyof ActorCounts)[]) counts[field] = Number(r[field] ?? 0);
      if (r.aliases === null) {
        unkept.push(r.id);
        out.set(r.id, { counts, title: null, affiliation: null, aliases: [] });
        continue;
      }
      out.set(r.id, { counts, title: r.title, affiliation: r.affiliation_id, aliases: JSON.parse(r.aliases) });
    }
    if (unkept.length > 0) {
      const computed = await computeActorSummaries(db, unkept);
      for (const id of unkept) {
        const header = out.get(id) as ActorHeader;
        const s = computed.get(id) ?? noSummary();
        header.counts.articles = s.articles;
        header.counts.mentions = s.mentions;
        header.title = s.title;
        header.affiliation = s.affiliation;
        header.aliases = s.aliases;
      }
    }
    return ids.map((id) => out.get(id) ?? { counts: noCounts(), title: null, affiliation: null, aliases: [] });
  });
}

interface ActorSummaryRow {
  id: string;
  title: string | null;
  affiliation_id: string | null;
  aliases: string | null;
}

function noCounts(): ActorCounts {
  return {
    articles: 0,
    mentions: 0,
    claims: 0,
    accusationsMade: 0,
    accusationsReceived: 0,
    denials: 0,
    responsesGiven: 0,
    responsesReceived: 0,
  };
}
