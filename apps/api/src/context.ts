import type { Kysely } from "kysely";
import type { DialectName } from "./db/database.js";
import type { Database } from "./db/tables.js";
import type { Loaders } from "./queries/loaders.js";

export interface Context {
  db: Kysely<Database>;
  dialect: DialectName;
  loaders: Loaders;
  /** False when the server has a token and the request did not present it. */
  mayMutate: boolean;
}
