import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.js";

/** schema.graphql's content: sorted, so the file changes only when the schema does. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
