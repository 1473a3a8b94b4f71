import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * The connection Kysely's SQLite dialect sees, with its prepared statements
 * kept by SQL text: Kysely prepares every statement it runs, and compiling
 * the SQL again costs more than running most of the API's indexed reads.
 * Statements are run synchronously (`all`/`run`), so one can be reused as
 * soon as it returns; one still iterating (a stream) gets a fresh copy.
 */
export function withStatementCache(raw: SQLite.Database, maxEntries = 500): SqliteDatabase {
  const cache = new Map<string, RowStatement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement && !statement.busy) {
        // Re-inserting keeps the Map's order least-recently-used first.
        cache.delete(sql);
        cache.set(sql, statement);
        return statement;
      }
      statement = new RowStatement(raw.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return statement;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}

type Row = Record<string, unknown>;

/**
 * A statement whose rows are read as arrays and turned into objects by a
 * function compiled for its columns. better-sqlite3 builds each row object
 * key by key, which cost about twice as much as reading the row (an item row
 * has 20 columns) and leaves objects in V8's slow dictionary form; an object
 * literal of a fixed shape is built once per row and read fast by resolvers.
 * Same objects as before: one key per column name, a later duplicate wins.
 */
class RowStatement implements SqliteStatement {
  readonly reader: boolean;
  private readonly toRow: ((values: unknown[]) => Row) | null;

  constructor(private readonly statement: SQLite.Statement) {
    this.reader = statement.reader;
    const names = statement.reader ? statement.columns().map((c) => c.name) : [];
    // "__proto__" in a literal would set the prototype, not a key: such a statement keeps objects.
    this.toRow = names.length > 0 && !names.includes("__proto__") ? rowBuilder(names) : null;
    if (this.toRow) statement.raw(true);
  }

  get busy(): boolean {
    return this.statement.busy;
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    const rows = this.statement.all(parameters) as unknown[];
    const toRow = this.toRow;
    if (!toRow) return rows;
    for (let i = 0; i < rows.length; i++) rows[i] = toRow(rows[i] as unknown[]);
    return rows;
  }

  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.statement.run(parameters);
  }

  *iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    const toRow = this.toRow;
    for (const values of this.statement.iterate(parameters)) yield toRow ? toRow(values as unknown[]) : values;
  }
}

const builders = new Map<string, (values: unknown[]) => Row>();

/** A function that makes `{name0: values[0], ...}`, shared by statements with the same columns. */
function rowBuilder(names: string[]): (values: unknown[]) => Row {
  const key = JSON.stringify(names);
  let build = builders.get(key);
  if (!build) {
    const fields = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(", ");
    build = new Function("v", `return { ${fields} };`) as (values: unknown[]) => Row;
    builders.set(key, build);
  }
  return build;
}
