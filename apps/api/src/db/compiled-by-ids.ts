import type { Compilable, CompiledQuery, Kysely } from "kysely";
import { syncReads } from "./sync-reads.js";
import type { Database } from "./tables.js";

/**
 * Runs a statement whose only parameters are a list of ids, compiling it once
 * a shape (its name and how many ids) instead of building and compiling it
 * again on every request: a loader's statement is the same SQL whenever it is
 * asked for the same number of ids. The first build is checked to bind
 * exactly `ids`, in order; a statement that binds anything else is never kept
 * and is built every time, so a kept statement can only differ in its ids.
 */
export function compiledByIds(db: Kysely<Database>): ByIds {
  let run = runners.get(db);
  if (!run) {
    run = runner(db);
    runners.set(db, run);
  }
  return run;
}

export type ByIds = <Row>(
  name: string,
  ids: readonly string[],
  build: (ids: string[]) => Compilable<Row>,
) => Promise<Row[]>;

// One set a database, shared by every request's loaders.
const runners = new WeakMap<Kysely<Database>, ByIds>();

// Shapes kept, and the most ids a kept shape binds (a long list is rare and its SQL long).
const maxShapes = 1000;
const maxIds = 512;

function runner(db: Kysely<Database>): ByIds {
  const kept = new Map<string, CompiledQuery | null>();
  const read = syncReads.get(db);
  return async <Row>(name: string, ids: readonly string[], build: (ids: string[]) => Compilable<Row>) => {
    const key = `${name}/${ids.length}`;
    const compiled = kept.get(key);
    if (compiled) {
      const rows = read?.<Row>(compiled.sql, ids);
      if (rows) return rows;
      return (await db.executeQuery<Row>({ ...compiled, parameters: ids } as CompiledQuery<Row>)).rows;
    }
    const query = build([...ids]).compile();
    if (compiled === undefined && ids.length <= maxIds && kept.size < maxShapes) {
      const bindsIds = query.parameters.length === ids.length && query.parameters.every((p, i) => p === ids[i]);
      kept.set(key, bindsIds ? query : null);
    }
    return (await db.executeQuery(query)).rows;
  };
}
