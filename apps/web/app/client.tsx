"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { chartStatus } from "@/components/charts/chart-frame";
import { ResponsesTimelineLazy } from "@/components/charts/responses-timeline-lazy";
import { type RankedActor, TopActorsChart } from "@/components/charts/top-actors-chart";
import { FilterBar } from "@/components/filter-bar";
import { QueryError } from "@/components/query-error";
import { useFilters } from "@/hooks/use-filters";
import { dayOf } from "@/lib/format-date";
import { pointsByType } from "@/lib/timeline-points";
import { overviewQuery } from "@/queries/overview";
import { timelineQuery } from "@/queries/timeline";

type Ranked = {
  count?: number | null;
  actor?: { id?: string | null; name?: string | null; kind?: string | null } | null;
};

function ranked(rows: readonly Ranked[] | null | undefined): RankedActor[] {
  return (rows ?? []).flatMap((row) =>
    row.actor?.id
      ? [{ id: row.actor.id, name: row.actor.name ?? row.actor.id, kind: row.actor.kind ?? "", count: row.count ?? 0 }]
      : [],
  );
}

export function OverviewClient() {
  const { filters } = useFilters();
  const overview = useQuery(overviewQuery(filters));
  const timeline = useQuery(timelineQuery(filters, "MONTH"));
  const stats = overview.data?.corpusStats;
  const accusers = ranked(overview.data?.topAccusers);
  const accused = ranked(overview.data?.topAccused);
  const points = pointsByType(timeline.data?.responsesTimeline);
  const latest = overview.data?.latest?.edges ?? [];
  return (
    <>
      <h1>Who accuses whom</h1>
      <FilterBar />
      {overview.isError ? <QueryError what="the overview" error={overview.error} onRetry={overview.refetch} /> : null}
      <ul className="stats" aria-label="Corpus counts">
        {(
          [
            ["articles", stats?.articles],
            ["actors", stats?.actors],
            ["claims", stats?.claims],
            ["accusations", stats?.accusations],
            ["denials", stats?.denials],
            ["responses", stats?.responses],
          ] as const
        ).map(([label, value]) => (
          <li key={label} data-stat={label}>
            <strong>{value ?? "–"}</strong> {label}
          </li>
        ))}
      </ul>
      {stats?.firstPublished ? (
        <p className="muted">
          Articles published {dayOf(stats.firstPublished)} to {dayOf(stats.lastPublished)}.
        </p>
      ) : null}
      <div className="grid">
        <TopActorsChart
          title="Top accusers"
          unit="accusations made"
          status={chartStatus(overview, accusers.length === 0)}
          error={overview.error?.message}
          onRetry={overview.refetch}
          actors={accusers}
        />
        <TopActorsChart
          title="Most accused"
          unit="accusations received"
          status={chartStatus(overview, accused.length === 0)}
          error={overview.error?.message}
          onRetry={overview.refetch}
          actors={accused}
        />
      </div>
      <ResponsesTimelineLazy
        title="Response types over time"
        status={chartStatus(timeline, points.length === 0)}
        error={timeline.error?.message}
        onRetry={timeline.refetch}
        points={points}
        seriesLabel="type"
      />
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        {overview.isPending ? <p className="muted">Loading…</p> : null}
        {!overview.isPending && latest.length === 0 ? <p className="muted">No articles in this range.</p> : null}
        <ul className="item-list">
          {latest.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/articles/${encodeURIComponent(node.id ?? "")}`}>{node.title ?? "(untitled)"}</Link>{" "}
              <span className="muted">
                {node.source ?? ""} {dayOf(node.publishedAt)}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/articles">All articles</Link>
        </p>
      </section>
    </>
  );
}
