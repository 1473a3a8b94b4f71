"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { humanize, seriesColour } from "@/lib/palette";
import { pivotSeries, type SeriesPoint } from "@/lib/pivot-series";
import { ChartFrame, type ChartStatus } from "./chart-frame";

interface Props {
  title?: string;
  description?: string;
  status: ChartStatus;
  error?: string | null;
  onRetry?: () => void;
  points: readonly SeriesPoint[];
  /** What the series are: "type" or "modality". */
  seriesLabel: string;
  height?: number;
}

/** Responses per date bucket, stacked by type or by modality. */
export function ResponsesTimeline({
  title = "Responses over time",
  description,
  status,
  error,
  onRetry,
  points,
  seriesLabel,
  height = 320,
}: Props) {
  const { series, rows } = useMemo(() => pivotSeries(points), [points]);
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">Date</th>
          {series.map((name) => (
            <th key={name} scope="col">
              {humanize(name)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.bucket}>
            <th scope="row">{row.bucket}</th>
            {series.map((name) => (
              <td key={name}>{row[name]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={title}
      description={description ?? `Responses per period, by ${seriesLabel}.`}
      status={status}
      error={error}
      onRetry={onRetry}
      emptyText="No dated responses for these filters."
      table={table}
    >
      <div style={{ width: "100%", height }} role="img" aria-label={`${title}: stacked bars by ${seriesLabel}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="bucket" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value, name) => [value, humanize(String(name))]} />
            <Legend formatter={(name) => <span className="legend-text">{humanize(String(name))}</span>} />
            {series.map((name, index) => (
              <Bar
                key={name}
                dataKey={name}
                stackId="responses"
                fill={seriesColour(name, index)}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
