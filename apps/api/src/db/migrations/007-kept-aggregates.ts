import { type Kysely, type Migration, PostgresAdapter, sql } from "kysely";
import { keptTriggers, recomputed, triggerDdl } from "../kept-aggregates.js";

// Aggregates kept at write time by triggers (src/db/kept-aggregates.ts), filled here from the
// rows an existing database already holds, so an upgraded database answers as a fresh one.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
const dialectOf = (db: Kysely<any>) => (db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite");

export const keptAggregates: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
  async up(db: Kysely<any>) {
    const dialect = dialectOf(db);
    // Every trigger firing updates a row by its key: on SQLite the key is the table (one B-tree, not two).
    const withoutRowid = dialect === "sqlite" ? sql`without rowid` : sql``;
    await db.schema
      .createTable("accusation_pairs")
      .addColumn("accuser_id", "text", (c) => c.notNull())
      .addColumn("accused_id", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("accusation_pairs_pk", ["accuser_id", "accused_id"])
      .modifyEnd(withoutRowid)
      .execute();
    // The network's order: heaviest first, ties by accuser then accused.
    await db.schema
      .createIndex("accusation_pairs_rank")
      .on("accusation_pairs")
      .columns(["n desc", "accuser_id", "accused_id"])
      .execute();
    await db.schema
      .createTable("actor_roles")
      .addColumn("actor_id", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("actor_roles_pk", ["actor_id", "role"])
      .modifyEnd(withoutRowid)
      .execute();
    await db.schema.createIndex("actor_roles_rank").on("actor_roles").columns(["role", "n desc", "actor_id"]).execute();
    await db.schema
      .createTable("actor_alias_counts")
      .addColumn("actor_id", "text", (c) => c.notNull())
      .addColumn("alias", "text", (c) => c.notNull())
      .addColumn("n", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("actor_alias_counts_pk", ["actor_id", "alias"])
      .modifyEnd(withoutRowid)
      .execute();
    for (const [table, select] of Object.entries(recomputed)) {
      await sql.raw(`insert into ${table} ${select}`).execute(db);
    }
    for (const trigger of keptTriggers()) {
      for (const ddl of triggerDdl(trigger, dialect)) await sql.raw(ddl).execute(db);
    }
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above
  async down(db: Kysely<any>) {
    const dialect = dialectOf(db);
    for (const t of keptTriggers()) {
      await sql.raw(`drop trigger if exists ${t.name}${dialect === "postgres" ? ` on ${t.table}` : ""}`).execute(db);
      if (dialect === "postgres") await sql.raw(`drop function if exists ${t.name}()`).execute(db);
    }
    for (const table of ["actor_alias_counts", "actor_roles", "accusation_pairs"])
      await db.schema.dropTable(table).execute();
  },
};
