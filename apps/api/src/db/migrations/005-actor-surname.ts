import type { Kysely, Migration } from "kysely";
import { personSurname } from "../../identity/person-surname.js";

// A person named by surname alone joins the one full-name person with that surname
// (src/identity/merge-surnames.ts); this column and its index find those candidates
// without scanning every actor.
export const actorSurname: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their time, not today's types
  async up(db: Kysely<any>) {
    await db.schema.alterTable("actors").addColumn("surname", "text").execute();
    await db.schema.createIndex("actors_surname").on("actors").column("surname").execute();
    const persons = await db.selectFrom("actors").select(["id", "key"]).where("key", "like", "person:%").execute();
    for (const { id, key } of persons) {
      const surname = personSurname(key)?.surname ?? null;
      if (surname) await db.updateTable("actors").set({ surname }).where("id", "=", id).execute();
    }
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above
  async down(db: Kysely<any>) {
    await db.schema.dropIndex("actors_surname").execute();
    await db.schema.alterTable("actors").dropColumn("surname").execute();
  },
};
