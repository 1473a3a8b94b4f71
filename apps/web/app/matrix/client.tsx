"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { AccusationMatrix } from "@/components/charts/accusation-matrix";
import { chartStatus } from "@/components/charts/chart-frame";
import { FilterBar } from "@/components/filter-bar";
import { useFilters } from "@/hooks/use-filters";
import { useUrlParams } from "@/hooks/use-url-params";
import { type MatrixCell, parseMatrixSort } from "@/lib/matrix";
import { matrixQuery } from "@/queries/matrix";

export function MatrixClient() {
  const { filters } = useFilters();
  const [params, setParams] = useUrlParams();
  const matrix = useQuery(matrixQuery(filters));
  const cells = useMemo<MatrixCell[]>(
    () =>
      (matrix.data?.accusationMatrix?.cells ?? []).flatMap((cell) =>
        cell.accuser?.id && cell.accused?.id
          ? [
              {
                accuser: { id: cell.accuser.id, name: cell.accuser.name ?? cell.accuser.id },
                accused: { id: cell.accused.id, name: cell.accused.name ?? cell.accused.id },
                count: cell.count ?? 0,
              },
            ]
          : [],
      ),
    [matrix.data],
  );
  return (
    <>
      <h1>Accuser × accused</h1>
      <FilterBar withCategory />
      <AccusationMatrix
        status={chartStatus(matrix, cells.length === 0)}
        error={matrix.error?.message}
        onRetry={matrix.refetch}
        cells={cells}
        sort={parseMatrixSort(params.get("sort"))}
        onSort={(sort) => setParams({ sort: sort === "total" ? null : sort })}
      />
    </>
  );
}
