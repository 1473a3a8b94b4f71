import type { Kysely, Migration } from "kysely";

// An actor's page groups its article rows by affiliation and title; this index answers that
// without reading the rows (the most-mentioned actors have hundreds).
export const profileIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("article_actors_profile")
      .on("article_actors")
      .columns(["actor_id", "affiliation_id", "title"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("article_actors_profile").execute();
  },
};
