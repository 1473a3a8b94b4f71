import { type ReactNode, useId } from "react";

export type ChartStatus = "loading" | "error" | "empty" | "ready";

interface Props {
  title: string;
  description?: ReactNode;
  status: ChartStatus;
  error?: string | null;
  onRetry?: () => void;
  emptyText?: string;
  legend?: ReactNode;
  /** The same data as a table, for screen readers and for reading exact figures. */
  table?: ReactNode;
  children?: ReactNode;
}

/** What every chart shares: a title, a legend, a data table, and its loading, error and empty states. */
export function ChartFrame({ title, description, status, error, onRetry, emptyText, legend, table, children }: Props) {
  const id = useId();
  return (
    <section className="chart" aria-labelledby={id} aria-busy={status === "loading"}>
      <header className="chart-header">
        <h2 id={id}>{title}</h2>
        {description ? <p className="chart-description">{description}</p> : null}
      </header>
      {status === "loading" ? (
        <output className="chart-loading">Loading {title.toLowerCase()}…</output>
      ) : status === "error" ? (
        <div className="chart-error" role="alert">
          <p>
            Could not load {title.toLowerCase()}: {error ?? "unknown error"}
          </p>
          {onRetry ? (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          ) : null}
        </div>
      ) : status === "empty" ? (
        <p className="chart-empty">{emptyText ?? "Nothing to show for these filters."}</p>
      ) : (
        <>
          {legend ? <div className="chart-legend">{legend}</div> : null}
          <div className="chart-body">{children}</div>
          {table ? (
            <details className="chart-table">
              <summary>Data table</summary>
              {table}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

/** A chart's state from a query's: pending, failed, empty or ready. */
export function chartStatus(query: { isPending: boolean; isError: boolean }, isEmpty: boolean): ChartStatus {
  if (query.isPending) return "loading";
  if (query.isError) return "error";
  return isEmpty ? "empty" : "ready";
}
