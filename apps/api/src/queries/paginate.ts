import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import { bound, compiledShapes, joinShapes, type Shape } from "../db/compiled-shapes.js";
import type { Database } from "../db/tables.js";
import { userError } from "../errors.js";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

const defaultSize = 20;
export const maxPageSize = 100;

type SortValue = string | number;

/**
 * An edge of a page. Its cursor is encoded when a client asks for it: the
 * dashboard's lists ask for nodes and totals, and encoding every edge's cursor
 * cost more than reading its row.
 */
export class Edge<T> {
  constructor(
    readonly node: T,
    private readonly at: { id: string; sort_key: SortValue },
  ) {}
  get cursor(): string {
    return encodeCursor(this.at.sort_key, this.at.id);
  }
  /** The same place in the list with another node (a page read by id first, its rows after). */
  withNode<U>(node: U): Edge<U> {
    return new Edge(node, this.at);
  }
}

function encodeCursor(key: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === "string" || typeof value[0] === "number") &&
      typeof value[1] === "string"
    ) {
      return [value[0], value[1]];
    }
  } catch {}
  throw userError("BAD_USER_INPUT", `invalid cursor: ${cursor.slice(0, 40)}`);
}

function pageSize(n: number | null | undefined, name: string): number | null {
  if (n === null || n === undefined) return null;
  if (!Number.isInteger(n) || n < 0) throw userError("BAD_USER_INPUT", `${name} must be a non-negative integer`);
  return Math.min(n, maxPageSize);
}

/** The filtered query a page is cut from, built only when its shape was not compiled before. */
export interface PageSource<DB, TB extends keyof DB, Row> {
  db: Kysely<Database>;
  /** What the query's SQL depends on (its name and filter), and the values its filter binds. */
  shape: Shape;
  base: () => SelectQueryBuilder<DB, TB, Row>;
}

/**
 * Keyset pagination, newest (largest key) first. `source.base` is the filtered
 * query; `key` the sort expression (never null) and `id` the tie-breaker;
 * rows must carry both as `sort_key` and `id`. `nullable` is the column
 * `key` coalesces from null to the smallest value: ordering by it, nulls
 * last, gives the same order, and an index on the column can serve it
 * (an index cannot serve `coalesce(...)`). The statement is compiled once a
 * shape (compiled-shapes.ts): the cursors and the page size only bind values.
 */
export async function paginate<DB, TB extends keyof DB, Row extends { id: string; sort_key: SortValue }>(
  source: PageSource<DB, TB, Row>,
  key: Expression<SortValue>,
  idColumn: Expression<string>,
  args: PageArgs,
  count: () => Promise<number>,
  nullable?: Expression<SortValue | null>,
): Promise<Page<Row>> {
  const first = pageSize(args.first, "first");
  const last = pageSize(args.last, "last");
  const backward = last !== null && first === null;
  const size = (backward ? last : first) ?? defaultSize;
  const after = args.after ? decodeCursor(args.after) : null;
  const before = args.before ? decodeCursor(args.before) : null;
  const older = ([k, id]: [SortValue, string]) =>
    sql<SqlBool>`(${key} < ${k} or (${key} = ${k} and ${idColumn} < ${id}))`;
  const newer = ([k, id]: [SortValue, string]) =>
    sql<SqlBool>`(${key} > ${k} or (${key} = ${k} and ${idColumn} > ${id}))`;
  // The values bind in the order the SQL has them: the filter's, the cursors' (the key twice, then the id), the limit.
  const shape = joinShapes(
    "page",
    source.shape,
    bound(`${after ? "after" : ""}/${before ? "before" : ""}/${backward ? "backward" : "forward"}`),
    after ? bound("", after[0], after[0], after[1]) : bound(""),
    before ? bound("", before[0], before[0], before[1]) : bound(""),
    bound("", size + 1),
  );
  const rows = (await compiledShapes(source.db)(shape, () => {
    let q = source.base();
    if (after) q = q.where(older(after));
    if (before) q = q.where(newer(before));
    const direction = backward ? sql`asc` : sql`desc`;
    const order = nullable
      ? sql`${nullable} ${backward ? sql`asc nulls first` : sql`desc nulls last`}`
      : sql`${key} ${direction}`;
    return q
      .orderBy(order)
      .orderBy(sql`${idColumn} ${direction}`)
      .limit(size + 1);
  })) as Row[];
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((node) => new Edge(node, node));
  return {
    edges,
    // The end cursors too are encoded only when asked for (an actor page reads seven lists and no cursor).
    pageInfo: {
      hasNextPage: backward ? before !== null : more,
      hasPreviousPage: backward ? more : after !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    totalCount: count,
  };
}
