import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";
import { refreshActorSummaries, summaryTriggers, summaryTriggersPostgres } from "../actor-summaries.js";
import { triggerDdl } from "../kept-aggregates.js";

// One row an actor with its header's fields (src/db/actor-summaries.ts), and the actors whose
// rows changed since; every actor an existing database holds is computed here.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
const dialectOf = (db: Kysely<any>) => (db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite");

export const actorSummaries: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
  async up(db: Kysely<any>) {
    const dialect = dialectOf(db);
    const withoutRowid = dialect === "sqlite" ? sql`without rowid` : sql``;
    await db.schema
      .createTable("actor_summaries")
      .addColumn("actor_id", "text", (c) => c.primaryKey())
      .addColumn("articles", "integer", (c) => c.notNull())
      .addColumn("mentions", "integer", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("affiliation_id", "text")
      .addColumn("aliases", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("actor_summary_stale")
      .addColumn("actor_id", "text", (c) => c.primaryKey())
      .modifyEnd(withoutRowid)
      .execute();
    const ddls =
      dialect === "sqlite"
        ? summaryTriggers().flatMap((t) => triggerDdl(t, dialect))
        : summaryTriggersPostgres().flatMap((t) => t.ddl);
    for (const ddl of ddls) await sql.raw(ddl).execute(db);
    await sql`insert into actor_summary_stale (actor_id) select id from actors`.execute(db);
    await refreshActorSummaries(db);
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above
  async down(db: Kysely<any>) {
    const dialect = dialectOf(db);
    for (const t of dialect === "sqlite" ? summaryTriggers() : summaryTriggersPostgres()) {
      await sql.raw(`drop trigger if exists ${t.name}${dialect === "postgres" ? ` on ${t.table}` : ""}`).execute(db);
      if (dialect === "postgres") await sql.raw(`drop function if exists ${t.name}()`).execute(db);
    }
    for (const table of ["actor_summary_stale", "actor_summaries"]) await db.schema.dropTable(table).execute();
  },
};
