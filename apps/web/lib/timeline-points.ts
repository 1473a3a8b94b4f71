import type { SeriesPoint } from "./pivot-series";

type Bucketed = { period?: string | null; count?: number | null };

/** Timeline rows by type as chart points; several rows of one period and type add up. */
export function pointsByType(rows: readonly (Bucketed & { type?: string | null })[] | null | undefined): SeriesPoint[] {
  return (rows ?? []).map((row) => ({ bucket: row.period ?? "?", series: row.type ?? "other", count: row.count ?? 0 }));
}

/** One timeline per modality (summed over types) as chart points, keeping only the modalities asked for. */
export function pointsByModality(byModality: object | null | undefined, only: readonly string[] = []): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const [modality, rows] of Object.entries(byModality ?? {}) as [string, unknown][]) {
    if (!Array.isArray(rows) || (only.length > 0 && !only.includes(modality))) continue;
    for (const row of rows as Bucketed[]) {
      if ((row.count ?? 0) > 0) points.push({ bucket: row.period ?? "?", series: modality, count: row.count ?? 0 });
    }
  }
  return points;
}
