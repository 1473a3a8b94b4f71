import { type Kysely, PostgresAdapter, sql } from "kysely";
import { compiledByIds } from "./compiled-by-ids.js";
import type { KeptTrigger } from "./kept-aggregates.js";
import type { ActorSummaryTable, Database } from "./tables.js";

// An actor page's header (the articles naming the actor, its mentions, title, affiliation and
// aliases) comes from its article rows: for a busy actor that is three statements over hundreds
// of index entries on every uncached page. They are kept here, one row an actor, computed by the
// same statements the header used to run (so the answer is the same on each database).
//
// Triggers on the rows they come from only mark the actor stale (a key insert: counting
// distinct articles in a trigger needs to see the rest of the statement's rows, which
// PostgreSQL's row triggers cannot); every write path of the app recomputes the stale actors
// before its commit (`bumpGeneration`), and a reader that finds an actor stale or without a
// row (an operator's SQL, or an actor no write has refreshed yet) computes it as before.

/** The header fields kept for one actor. */
export interface ActorSummary {
  articles: number;
  mentions: number;
  title: string | null;
  affiliation: string | null;
  aliases: string[];
}

export function noSummary(): ActorSummary {
  return { articles: 0, mentions: 0, title: null, affiliation: null, aliases: [] };
}

const sources = {
  article_actors: ["article_id", "actor_id", "title", "affiliation_id", "mention_count"],
  actor_aliases: ["actor_id", "alias", "article_id"],
} as const;

/** SQLite's triggers that mark an actor stale when a row its summary comes from changes (row triggers are cheap there). */
export function summaryTriggers(): KeptTrigger[] {
  const mark = (row: "NEW" | "OLD") =>
    `insert into actor_summary_stale (actor_id) values (${row}.actor_id) on conflict (actor_id) do nothing`;
  const out: KeptTrigger[] = [];
  for (const [table, columns] of Object.entries(sources)) {
    out.push(
      { name: `summary_${table}_ins`, table, timing: "after", event: "insert", body: [mark("NEW")] },
      { name: `summary_${table}_del`, table, timing: "after", event: "delete", body: [mark("OLD")] },
      {
        name: `summary_${table}_upd`,
        table,
        timing: "after",
        event: "update",
        columns: [...columns],
        body: [mark("OLD"), mark("NEW")],
      },
    );
  }
  return out;
}

/**
 * The same on PostgreSQL, a trigger a statement over its transition tables: a row trigger
 * there is a PL/pgSQL call a row (about fifty an article stored), a statement trigger one an
 * insert. (Transition tables cannot go with `update of` columns, so any update marks.)
 */
export function summaryTriggersPostgres(): { name: string; table: string; ddl: string[] }[] {
  const out: { name: string; table: string; ddl: string[] }[] = [];
  for (const table of Object.keys(sources)) {
    for (const [event, referencing, select] of [
      ["insert", "new table as changed", "select actor_id from changed"],
      ["delete", "old table as changed", "select actor_id from changed"],
      [
        "update",
        "old table as old_rows new table as new_rows",
        "select actor_id from old_rows union select actor_id from new_rows",
      ],
    ] as const) {
      const name = `summary_${table}_${event.slice(0, 3)}`;
      out.push({
        name,
        table,
        ddl: [
          `create function ${name}() returns trigger language plpgsql as $$ begin insert into actor_summary_stale (actor_id) select distinct actor_id from (${select}) x on conflict (actor_id) do nothing; return null; end $$`,
          `create trigger ${name} after ${event} on ${table} referencing ${referencing} for each statement execute function ${name}()`,
        ],
      });
    }
  }
  return out;
}

// Bound ids a statement (compiled-by-ids keeps shapes of up to 512).
const chunk = 500;

/** Computes the summaries of these actors from their rows; actors that do not exist are left out. */
export async function computeActorSummaries(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, ActorSummary>> {
  const out = new Map<string, ActorSummary>();
  for (let i = 0; i < ids.length; i += chunk) await computeChunk(db, ids.slice(i, i + chunk), out);
  return out;
}

async function computeChunk(db: Kysely<Database>, ids: readonly string[], out: Map<string, ActorSummary>) {
  const byIds = compiledByIds(db);
  // Correlated subqueries, not a GROUP BY over the ids: SQLite counts an actor's distinct
  // articles down its index without the temporary B-tree a grouped count(distinct) builds.
  const counts = await byIds("summary counts", ids, (ids) =>
    db
      .selectFrom("actors as a")
      .select([
        "a.id",
        sql<number>`(select count(distinct x.article_id) from article_actors x where x.actor_id = a.id)`.as("articles"),
        sql<number | null>`(select sum(x.mention_count) from article_actors x where x.actor_id = a.id)`.as("mentions"),
      ])
      .where("a.id", "in", ids),
  );
  const profiles = await byIds("profiles", ids, (ids) =>
    db
      .selectFrom("article_actors")
      .select(["actor_id", "affiliation_id", "title", sql<number>`count(*)`.as("n")])
      .where("actor_id", "in", ids)
      .groupBy(["actor_id", "affiliation_id", "title"]),
  );
  // Kept at write time (kept-aggregates.ts): one row a name, in order down its index.
  const aliases = await byIds("aliases", ids, (ids) =>
    db
      .selectFrom("actor_alias_counts")
      .select(["actor_id", "alias", "n"])
      .where("actor_id", "in", ids)
      .orderBy("actor_id")
      .orderBy("n", "desc")
      .orderBy("alias"),
  );
  for (const r of counts) {
    out.set(r.id, { ...noSummary(), articles: Number(r.articles ?? 0), mentions: Number(r.mentions ?? 0) });
  }
  const profileRows = new Map<string, typeof profiles>();
  for (const r of profiles) {
    const list = profileRows.get(r.actor_id);
    if (list) list.push(r);
    else profileRows.set(r.actor_id, [r]);
  }
  for (const [id, list] of profileRows) {
    const summary = out.get(id);
    if (!summary) continue;
    summary.affiliation = mostFrequent(list, (r) => r.affiliation_id);
    summary.title = mostFrequent(list, (r) => r.title);
  }
  for (const r of aliases) out.get(r.actor_id)?.aliases.push(r.alias);
}

/** The value articles give most often (ties: the smallest), none for no value. */
function mostFrequent<T extends { n: number }>(rows: T[], value: (row: T) => string | null): string | null {
  const totals = new Map<string, number>();
  for (const r of rows) {
    const v = value(r);
    if (v) totals.set(v, (totals.get(v) ?? 0) + Number(r.n));
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [v, n] of totals) {
    if (n > bestN || (n === bestN && best !== null && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/** Recomputes the stale actors' summaries; call inside the transaction that changed their rows. */
export async function refreshActorSummaries(trx: Kysely<Database>): Promise<void> {
  if (!(await summariesKept(trx))) return;
  // Taken off the list first: the transaction computes and stores them before it commits.
  const stale = (await trx.deleteFrom("actor_summary_stale").returning("actor_id").execute()).map((r) => r.actor_id);
  for (let i = 0; i < stale.length; i += chunk) {
    const ids = stale.slice(i, i + chunk);
    const summaries = await computeActorSummaries(trx, ids);
    await trx.deleteFrom("actor_summaries").where("actor_id", "in", ids).execute();
    const rows: ActorSummaryTable[] = [...summaries].map(([id, s]) => ({
      actor_id: id,
      articles: s.articles,
      mentions: s.mentions,
      title: s.title,
      affiliation_id: s.affiliation,
      aliases: JSON.stringify(s.aliases),
    }));
    // Six columns a row: well inside both databases' limits on bound values.
    if (rows.length > 0) await trx.insertInto("actor_summaries").values(rows).execute();
  }
}

/**
 * Whether the database keeps summaries: one written before its migration to 008 (a test
 * building an older database) does not. Asked without an error, which would end a
 * PostgreSQL transaction.
 */
async function summariesKept(trx: Kysely<Database>): Promise<boolean> {
  const query =
    trx.getExecutor().adapter instanceof PostgresAdapter
      ? sql<{ kept: boolean }>`select to_regclass('actor_summary_stale') is not null as kept`
      : sql<{
          kept: boolean;
        }>`select count(*) > 0 as kept from sqlite_master where type = 'table' and name = 'actor_summary_stale'`;
  return Boolean((await query.execute(trx)).rows[0]?.kept);
}
