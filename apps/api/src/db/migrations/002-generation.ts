import { type Kysely, type Migration, sql } from "kysely";

// A counter that every write bumps, so cached query results know when they are stale
// (shared by every API instance on the same database), and an index for per-source counts.
export const generation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "integer", (c) => c.notNull())
      .execute();
    await sql`insert into meta (key, value) values ('generation', 0)`.execute(db);
    await db.schema.createIndex("articles_source").on("articles").column("source").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("articles_source").execute();
    await db.schema.dropTable("meta").execute();
  },
};
