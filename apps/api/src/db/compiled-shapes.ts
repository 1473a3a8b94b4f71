import type { Compilable, CompiledQuery, Expression, Kysely, OperationNode, RawNode } from "kysely";
import { syncReads } from "./sync-reads.js";
import type { Database } from "./tables.js";

/**
 * What a statement's SQL depends on apart from its bound values (`key`), and
 * those values in the order the SQL binds them.
 */
export interface Shape {
  key: string;
  values: unknown[];
}

/**
 * The shape of some SQL expressions (a filter's conditions): their operation
 * nodes with every bound value taken out as a hole, and the values in the
 * order a compiler meets them. Literals inlined into the SQL (`sql.lit`) stay
 * in the key, so two inputs share a key only if they compile to the same SQL.
 */
export function shapeOf(parts: readonly Expression<unknown>[]): Shape {
  const values: unknown[] = [];
  let key = "";
  for (const p of parts) key += `${nodeKey(p.toOperationNode(), values)};`;
  return { key, values };
}

// The key of a node that binds no value, by identity: operation nodes are frozen, and the
// `sql` tag passes the same frozen array of fragments on every call from one place in the
// code, so a filter's fixed parts (its templates, a column reference kept in a constant)
// are turned into a key once.
const fixedKeys = new WeakMap<object, string>();

/**
 * One operation node's part of a shape key, its bound values pushed in the order a compiler
 * meets them. Raw SQL (the `sql` tag, which is what filters are written in) is walked here,
 * its fragments and then its parameters in order; any other node is turned into JSON whole,
 * with its bound values taken out. Each form is self-delimiting ("?", "R" with a JSON array
 * and a parenthesised list, or a JSON object), so two keys are equal only if their nodes are.
 */
function nodeKey(node: OperationNode, values: unknown[]): string {
  if (isBoundValue(node)) {
    values.push(node.value);
    return "?";
  }
  const fixed = fixedKeys.get(node);
  if (fixed !== undefined) return fixed;
  const before = values.length;
  let key: string;
  if (node.kind === "RawNode") {
    const raw = node as RawNode;
    let fragments = fixedKeys.get(raw.sqlFragments);
    if (fragments === undefined) {
      fragments = JSON.stringify(raw.sqlFragments);
      if (Object.isFrozen(raw.sqlFragments)) fixedKeys.set(raw.sqlFragments, fragments);
    }
    key = `R${fragments}(`;
    for (const p of raw.parameters) key += `${nodeKey(p, values)},`;
    key += ")";
  } else
    key = JSON.stringify(node, (_k, v: unknown) => {
      if (isBoundValue(v)) {
        values.push(v.value);
        return "?";
      }
      return v;
    });
  if (values.length === before && Object.isFrozen(node)) fixedKeys.set(node, key);
  return key;
}

function isBoundValue(v: unknown): v is { value: unknown } {
  return (
    typeof v === "object" &&
    v !== null &&
    (v as { kind?: unknown }).kind === "ValueNode" &&
    !(v as { immediate?: boolean }).immediate
  );
}

/** Joins shapes: the keys in order, the values one after another. */
export function joinShapes(name: string, ...shapes: Shape[]): Shape {
  return { key: `${name}\u0000${shapes.map((s) => s.key).join("\u0000")}`, values: shapes.flatMap((s) => s.values) };
}

/** A shape whose SQL is `key` and binds exactly `values`. */
export function bound(key: string, ...values: unknown[]): Shape {
  return { key, values };
}

export type ByShape = <Row>(shape: Shape, build: () => Compilable<Row>) => Promise<Row[]>;

/**
 * Runs a statement compiled once a shape instead of built and compiled on
 * every request: building a Kysely query and compiling it cost about as much
 * as SQLite running the dashboard's indexed reads. The first build of a shape
 * is checked to bind exactly the shape's values, in order; one that binds
 * anything else (a value the key does not account for) is never kept and is
 * built every time, so a kept statement can only differ in its values.
 */
export function compiledShapes(db: Kysely<Database>): ByShape {
  let run = runners.get(db);
  if (!run) {
    run = runner(db);
    runners.set(db, run);
  }
  return run;
}

const runners = new WeakMap<Kysely<Database>, ByShape>();

// Shapes kept (filters combine into a bounded number of them; the cap guards against the rest).
const maxShapes = 2000;

function runner(db: Kysely<Database>): ByShape {
  const kept = new Map<string, CompiledQuery | null>();
  const read = syncReads.get(db);
  return async <Row>(shape: Shape, build: () => Compilable<Row>) => {
    const compiled = kept.get(shape.key);
    if (compiled) {
      const rows = read?.<Row>(compiled.sql, shape.values);
      if (rows) return rows;
      return (await db.executeQuery<Row>({ ...compiled, parameters: shape.values } as CompiledQuery<Row>)).rows;
    }
    const query = build().compile();
    if (compiled === undefined && kept.size < maxShapes) {
      const same =
        query.parameters.length === shape.values.length && query.parameters.every((p, i) => p === shape.values[i]);
      kept.set(shape.key, same ? query : null);
    }
    return (await db.executeQuery(query)).rows;
  };
}
