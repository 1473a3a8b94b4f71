"use client";

import { useQuery } from "@tanstack/react-query";
import { chartStatus } from "@/components/charts/chart-frame";
import { ResponsesTimelineLazy } from "@/components/charts/responses-timeline-lazy";
import { FilterBar } from "@/components/filter-bar";
import { ResponseCard } from "@/components/items/response-card";
import { Pager } from "@/components/pager";
import { QueryError } from "@/components/query-error";
import { useFilters } from "@/hooks/use-filters";
import { useUrlParams } from "@/hooks/use-url-params";
import { MODALITIES, parseResponseParams } from "@/lib/response-params";
import { pointsByModality, pointsByType } from "@/lib/timeline-points";
import { responsesQuery } from "@/queries/responses";
import { timelineByModalityQuery, timelineQuery } from "@/queries/timeline";

export function ResponsesClient() {
  const { filters } = useFilters();
  const [params, setParams] = useUrlParams();
  const { bucket, modalities, after, stackBy } = parseResponseParams(params);
  const byType = useQuery({ ...timelineQuery(filters, bucket, modalities), enabled: stackBy === "type" });
  const byModality = useQuery({ ...timelineByModalityQuery(filters, bucket), enabled: stackBy === "modality" });
  const timeline = stackBy === "modality" ? byModality : byType;
  const list = useQuery(responsesQuery(filters, modalities, after));
  const points =
    stackBy === "modality"
      ? pointsByModality(byModality.data, modalities)
      : pointsByType(byType.data?.responsesTimeline);
  const toggle = (modality: (typeof MODALITIES)[number]) => {
    const next = modalities.includes(modality) ? modalities.filter((m) => m !== modality) : [...modalities, modality];
    setParams({ modality: next.join(",") || null, after: null });
  };
  const responses = list.data?.responses;
  return (
    <>
      <h1>Responses</h1>
      <FilterBar />
      <div className="filter-bar">
        <label>
          Period
          <select
            value={bucket.toLowerCase()}
            onChange={(event) => setParams({ bucket: event.target.value === "month" ? null : event.target.value })}
          >
            <option value="day">day</option>
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </label>
        <label>
          Stack by
          <select
            value={stackBy}
            onChange={(event) => setParams({ by: event.target.value === "type" ? null : event.target.value })}
          >
            <option value="type">type</option>
            <option value="modality">modality</option>
          </select>
        </label>
        <fieldset className="modalities">
          <legend>Modality (none ticked: all)</legend>
          {MODALITIES.map((modality) => (
            <label key={modality} className={`badge badge-${modality}`}>
              <input type="checkbox" checked={modalities.includes(modality)} onChange={() => toggle(modality)} />{" "}
              {modality}
            </label>
          ))}
        </fieldset>
      </div>
      <ResponsesTimelineLazy
        title={`Responses by date and ${stackBy}`}
        description={`Responses per ${bucket.toLowerCase()}, stacked by ${stackBy}${modalities.length ? `; only ${modalities.join(", ")}` : ""}.`}
        status={chartStatus(timeline, points.length === 0)}
        error={timeline.error?.message}
        onRetry={timeline.refetch}
        points={points}
        seriesLabel={stackBy}
      />
      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses{responses?.totalCount != null ? ` (${responses.totalCount})` : ""}</h2>
        {list.isPending ? <p className="muted">Loading…</p> : null}
        {list.isError ? <QueryError what="the responses" error={list.error} onRetry={list.refetch} /> : null}
        {list.isSuccess && (responses?.edges.length ?? 0) === 0 ? (
          <p className="muted">No responses for these filters.</p>
        ) : null}
        <ul className="item-list">
          {(responses?.edges ?? []).map(({ node }) => (
            <li key={node.id}>
              <ResponseCard response={node} />
            </li>
          ))}
        </ul>
        <Pager after={after} pageInfo={responses?.pageInfo} />
      </section>
    </>
  );
}
