import { type Kysely, type Migration, sql } from "kysely";

// What an actor page reads, answered down an index instead of read in full and sorted
// (bench/query-plans.ts; the most-mentioned actor has ~1,000 claims and ~600 articles):
// - an actor's items newest first: the subject indexes gain the id that breaks ties, so
//   `order by day desc, id desc limit n` reads n rows rather than sorting each day's;
// - items received: the targets copy their item's day (it never changes apart from the
//   item, which a re-ingest replaces with its targets), so the actor's side of the targets
//   index walks them newest first instead of collecting all of them to sort;
// - the mention count is the sum of the article rows' `mention_count` (one row an actor an
//   article), read from the same index entries as the article count instead of counting
//   every mention (~6,000 for that actor).
const subjects = [
  ["claims", "speaker_id", "claims_speaker"],
  ["accusations", "accuser_id", "accusations_accuser"],
  ["denials", "denier_id", "denials_denier"],
  ["responses", "actor_id", "responses_actor"],
] as const;

const targets = [
  ["accusation_targets", "accusations"],
  ["response_targets", "responses"],
] as const;

export const actorPageIndexes: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
  async up(db: Kysely<any>) {
    for (const [table, column, index] of subjects) {
      await db.schema.dropIndex(index).execute();
      await db.schema.createIndex(index).on(table).columns([column, "day", "id"]).execute();
    }
    for (const [table, items] of targets) {
      await db.schema.alterTable(table).addColumn("day", "text").execute();
      await sql`update ${sql.table(table)} set day = (select i.day from ${sql.table(items)} i where i.id = ${sql.ref(`${table}.item_id`)})`.execute(
        db,
      );
      await db.schema.dropIndex(`${table}_actor`).execute();
      await db.schema.createIndex(`${table}_actor`).on(table).columns(["actor_id", "day", "item_id"]).execute();
    }
    await db.schema.dropIndex("article_actors_actor").execute();
    await db.schema
      .createIndex("article_actors_actor")
      .on("article_actors")
      .columns(["actor_id", "article_id", "mention_count"])
      .execute();
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above
  async down(db: Kysely<any>) {
    await db.schema.dropIndex("article_actors_actor").execute();
    await db.schema
      .createIndex("article_actors_actor")
      .on("article_actors")
      .columns(["actor_id", "article_id"])
      .execute();
    for (const [table] of targets) {
      await db.schema.dropIndex(`${table}_actor`).execute();
      await db.schema.createIndex(`${table}_actor`).on(table).columns(["actor_id", "item_id"]).execute();
      await db.schema.alterTable(table).dropColumn("day").execute();
    }
    for (const [table, column, index] of subjects) {
      await db.schema.dropIndex(index).execute();
      await db.schema.createIndex(index).on(table).columns([column, "day"]).execute();
    }
  },
};
