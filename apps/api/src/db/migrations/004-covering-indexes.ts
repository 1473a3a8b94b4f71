import type { Kysely, Migration } from "kysely";

// Indexes that hold every column the dashboard's queries read, so SQLite answers from the
// index without visiting the rows (see bench/query-plans.ts):
// - the responses timeline counts by day, type and modality;
// - an actor's articles are sorted by publication date, looked up by id from article_actors
//   (the article rows themselves carry the full text);
// - the accusation network joins each target to its accusation's accuser.
export const coveringIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex("responses_timeline").on("responses").columns(["day", "type", "modality"]).execute();
    await db.schema.createIndex("articles_id_published").on("articles").columns(["id", "published_at"]).execute();
    await db.schema.createIndex("accusations_id_accuser").on("accusations").columns(["id", "accuser_id"]).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("accusations_id_accuser").execute();
    await db.schema.dropIndex("articles_id_published").execute();
    await db.schema.dropIndex("responses_timeline").execute();
  },
};
