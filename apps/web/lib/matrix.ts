export interface MatrixActor {
  id: string;
  name: string;
}

export interface MatrixCell {
  accuser: MatrixActor;
  accused: MatrixActor;
  count: number;
}

/** "total" (busiest first), "name", or "col:<actor id>" (rows by their count against that actor). */
export type MatrixSort = "total" | "name" | `col:${string}`;

export function parseMatrixSort(value: string | null): MatrixSort {
  if (value === "name" || value === "total") return value;
  if (value?.startsWith("col:") && value.length > 4) return value as MatrixSort;
  return "total";
}

export interface MatrixModel {
  rows: (MatrixActor & { total: number })[];
  columns: (MatrixActor & { total: number })[];
  count: (rowId: string, columnId: string) => number;
  max: number;
}

/** Rows are accusers and columns the accused, both ordered by the chosen sort. */
export function buildMatrix(cells: readonly MatrixCell[], sort: MatrixSort): MatrixModel {
  const counts = new Map<string, number>();
  const rows = new Map<string, MatrixActor & { total: number }>();
  const columns = new Map<string, MatrixActor & { total: number }>();
  let max = 0;
  for (const cell of cells) {
    if (cell.count <= 0) continue;
    const key = `${cell.accuser.id}\u0000${cell.accused.id}`;
    const count = (counts.get(key) ?? 0) + cell.count;
    counts.set(key, count);
    max = Math.max(max, count);
    const row = rows.get(cell.accuser.id) ?? { ...cell.accuser, total: 0 };
    row.total += cell.count;
    rows.set(row.id, row);
    const column = columns.get(cell.accused.id) ?? { ...cell.accused, total: 0 };
    column.total += cell.count;
    columns.set(column.id, column);
  }
  const count = (rowId: string, columnId: string) => counts.get(`${rowId}\u0000${columnId}`) ?? 0;
  const byName = (a: MatrixActor, b: MatrixActor) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const byTotal = (a: { total: number } & MatrixActor, b: { total: number } & MatrixActor) =>
    b.total - a.total || byName(a, b);
  const sortedColumns = [...columns.values()].sort(sort === "name" ? byName : byTotal);
  let sortedRows = [...rows.values()].sort(sort === "name" ? byName : byTotal);
  if (sort.startsWith("col:")) {
    const column = sort.slice(4);
    sortedRows = sortedRows.sort((a, b) => count(b.id, column) - count(a.id, column) || byTotal(a, b));
  }
  return { rows: sortedRows, columns: sortedColumns, count, max };
}
