"use client";

import Link from "next/link";
import { useMemo } from "react";
import { buildMatrix, type MatrixCell, type MatrixSort } from "@/lib/matrix";
import { ChartFrame, type ChartStatus } from "./chart-frame";

interface Props {
  status: ChartStatus;
  error?: string | null;
  onRetry?: () => void;
  cells: readonly MatrixCell[];
  sort: MatrixSort;
  onSort: (sort: MatrixSort) => void;
}

function shade(count: number, max: number): string {
  if (count === 0) return "transparent";
  // Square root so one busy pair does not wash out all the others.
  const alpha = 0.15 + 0.85 * Math.sqrt(count / max);
  return `rgba(213, 94, 0, ${alpha.toFixed(3)})`;
}

/** Accuser × accused heat map: the table itself is the accessible form, with counts in every cell. */
export function AccusationMatrix({ status, error, onRetry, cells, sort, onSort }: Props) {
  const model = useMemo(() => buildMatrix(cells, sort), [cells, sort]);
  const legend = (
    <div className="heat-legend">
      <span>fewer</span>
      <span className="heat-scale" aria-hidden="true" />
      <span>more accusations (max {model.max})</span>
    </div>
  );
  const ariaSort = (key: MatrixSort) => (sort === key ? "descending" : undefined);
  return (
    <ChartFrame
      title="Accusation matrix"
      description="Rows accuse columns. Sort by a column to see who accuses that actor most."
      status={status}
      error={error}
      onRetry={onRetry}
      emptyText="No accusations for these filters."
      legend={legend}
    >
      <div className="matrix-scroll">
        <table className="matrix">
          <caption className="visually-hidden">Number of accusations by accuser (rows) and accused (columns)</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sort === "name" ? "ascending" : undefined}>
                <button type="button" className="link-button" onClick={() => onSort("name")}>
                  Accuser ↓ accused →
                </button>
              </th>
              {model.columns.map((column) => (
                <th key={column.id} scope="col" className="matrix-col" aria-sort={ariaSort(`col:${column.id}`)}>
                  <button
                    type="button"
                    className="link-button"
                    title={`Sort accusers by accusations against ${column.name}`}
                    onClick={() => onSort(`col:${column.id}`)}
                  >
                    <span>{column.name}</span>
                  </button>
                </th>
              ))}
              <th scope="col" aria-sort={ariaSort("total")}>
                <button type="button" className="link-button" onClick={() => onSort("total")}>
                  Total
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/actors/${encodeURIComponent(row.id)}`}>{row.name}</Link>
                </th>
                {model.columns.map((column) => {
                  const count = model.count(row.id, column.id);
                  return (
                    <td
                      key={column.id}
                      style={{ background: shade(count, model.max) }}
                      title={`${row.name} → ${column.name}: ${count}`}
                    >
                      {count || ""}
                    </td>
                  );
                })}
                <td className="matrix-total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFrame>
  );
}
