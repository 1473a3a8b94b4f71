export interface SeriesPoint {
  /** The bucket's label, sortable as text: "2021", "2021-03" or "2021-03-17". */
  bucket: string;
  series: string;
  count: number;
}

export interface PivotedSeries {
  series: string[];
  rows: ({ bucket: string } & Record<string, number | string>)[];
}

/** Long rows (bucket, series, count) to one row per bucket with a column per series, buckets in order. */
export function pivotSeries(points: readonly SeriesPoint[]): PivotedSeries {
  const totals = new Map<string, number>();
  const rows = new Map<string, { bucket: string } & Record<string, number | string>>();
  for (const point of points) {
    totals.set(point.series, (totals.get(point.series) ?? 0) + point.count);
    const row = rows.get(point.bucket) ?? { bucket: point.bucket };
    row[point.series] = ((row[point.series] as number | undefined) ?? 0) + point.count;
    rows.set(point.bucket, row);
  }
  // Biggest series first, so the stack's base is steady and the legend reads in order of weight.
  const series = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const ordered = [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket));
  for (const row of ordered) for (const name of series) row[name] ??= 0;
  return { series, rows: ordered };
}
