import { HydrationBoundary } from "@tanstack/react-query";
import { parseFilters } from "@/lib/filters";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { overviewQuery } from "@/queries/overview";
import { timelineQuery } from "@/queries/timeline";
import { OverviewClient } from "./client";

export default async function OverviewPage({ searchParams }: { searchParams: PageSearchParams }) {
  const filters = parseFilters(await searchParams);
  const state = await prefetch((client) => [
    client.prefetchQuery(overviewQuery(filters)),
    client.prefetchQuery(timelineQuery(filters, "MONTH")),
  ]);
  return (
    <HydrationBoundary state={state}>
      <OverviewClient />
    </HydrationBoundary>
  );
}
