import type { Kysely, Migration } from "kysely";

// Plain text and integer columns only, so the same migration runs on SQLite and PostgreSQL.
async function itemTable(
  db: Kysely<unknown>,
  name: string,
  build: (
    t: ReturnType<Kysely<unknown>["schema"]["createTable"]>,
  ) => ReturnType<Kysely<unknown>["schema"]["createTable"]>,
) {
  let t = db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("ord", "integer", (c) => c.notNull())
    .addColumn("day", "text")
    .addColumn("evidence_start", "integer", (c) => c.notNull())
    .addColumn("evidence_end", "integer", (c) => c.notNull())
    .addColumn("evidence_text", "text", (c) => c.notNull())
    .addColumn("sentence_start", "integer", (c) => c.notNull())
    .addColumn("sentence_end", "integer", (c) => c.notNull())
    .addColumn("sentence_text", "text", (c) => c.notNull());
  t = build(t);
  await t.execute();
  await db.schema.createIndex(`${name}_article`).on(name).column("article_id").execute();
  await db.schema.createIndex(`${name}_day`).on(name).columns(["day", "id"]).execute();
}

async function targetTable(db: Kysely<unknown>, name: string, items: string) {
  await db.schema
    .createTable(name)
    .addColumn("item_id", "text", (c) => c.notNull().references(`${items}.id`).onDelete("cascade"))
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("article_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ["item_id", "actor_id"])
    .execute();
  await db.schema.createIndex(`${name}_actor`).on(name).columns(["actor_id", "item_id"]).execute();
  await db.schema.createIndex(`${name}_article`).on(name).column("article_id").execute();
}

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("url", "text")
      .addColumn("text_hash", "text", (c) => c.notNull())
      .addColumn("parse_hash", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("dek", "text")
      .addColumn("source", "text")
      .addColumn("authors", "text", (c) => c.notNull())
      .addColumn("published_at", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("paragraphs", "text", (c) => c.notNull())
      .addColumn("sentences", "text", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("articles_url").on("articles").column("url").execute();
    await db.schema.createIndex("articles_text_hash").on("articles").column("text_hash").execute();
    await db.schema.createIndex("articles_published").on("articles").columns(["published_at", "id"]).execute();

    await db.schema
      .createTable("actors")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("code", "text")
      .execute();
    await db.schema
      .createTable("actor_key_aliases")
      .addColumn("alias_key", "text", (c) => c.primaryKey())
      .addColumn("actor_key", "text", (c) => c.notNull())
      .addColumn("origin", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("actor_aliases")
      .addColumn("actor_id", "text", (c) => c.notNull())
      .addColumn("alias", "text", (c) => c.notNull())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("actor_aliases_pk", ["actor_id", "alias", "article_id"])
      .execute();
    await db.schema.createIndex("actor_aliases_article").on("actor_aliases").column("article_id").execute();
    await db.schema
      .createTable("article_actors")
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("local_id", "text", (c) => c.notNull())
      .addColumn("actor_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("affiliation_id", "text")
      .addColumn("aliases", "text", (c) => c.notNull())
      .addColumn("mention_count", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("article_actors_pk", ["article_id", "local_id"])
      .execute();
    await db.schema
      .createIndex("article_actors_actor")
      .on("article_actors")
      .columns(["actor_id", "article_id"])
      .execute();
    await db.schema
      .createTable("mentions")
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("ord", "integer", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("via", "text")
      .addPrimaryKeyConstraint("mentions_pk", ["article_id", "ord"])
      .execute();
    await db.schema.createIndex("mentions_actor").on("mentions").columns(["actor_id", "article_id"]).execute();

    await itemTable(db, "claims", (t) =>
      t
        .addColumn("speaker_id", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("source_start", "integer")
        .addColumn("source_end", "integer")
        .addColumn("cue_start", "integer", (c) => c.notNull())
        .addColumn("cue_end", "integer", (c) => c.notNull())
        .addColumn("content_start", "integer", (c) => c.notNull())
        .addColumn("content_end", "integer", (c) => c.notNull()),
    );
    await db.schema.createIndex("claims_speaker").on("claims").columns(["speaker_id", "day"]).execute();
    await itemTable(db, "accusations", (t) =>
      t
        .addColumn("accuser_id", "text", (c) => c.notNull())
        .addColumn("category", "text")
        .addColumn("allegation_start", "integer")
        .addColumn("allegation_end", "integer")
        .addColumn("date_value", "text"),
    );
    await db.schema.createIndex("accusations_accuser").on("accusations").columns(["accuser_id", "day"]).execute();
    await targetTable(db, "accusation_targets", "accusations");
    await itemTable(db, "denials", (t) =>
      t
        .addColumn("denier_id", "text", (c) => c.notNull())
        .addColumn("denied_start", "integer")
        .addColumn("denied_end", "integer")
        .addColumn("responds_to", "text"),
    );
    await db.schema.createIndex("denials_denier").on("denials").columns(["denier_id", "day"]).execute();
    await db.schema.createIndex("denials_responds_to").on("denials").column("responds_to").execute();
    await itemTable(db, "responses", (t) =>
      t
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("cameo", "text", (c) => c.notNull())
        .addColumn("plover", "text")
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("date_value", "text")
        .addColumn("date_start", "integer")
        .addColumn("date_end", "integer")
        .addColumn("responds_to", "text"),
    );
    await db.schema.createIndex("responses_actor").on("responses").columns(["actor_id", "day"]).execute();
    await db.schema.createIndex("responses_responds_to").on("responses").column("responds_to").execute();
    await targetTable(db, "response_targets", "responses");
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "response_targets",
      "responses",
      "denials",
      "accusation_targets",
      "accusations",
      "claims",
      "mentions",
      "article_actors",
      "actor_aliases",
      "actor_key_aliases",
      "actors",
      "articles",
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
