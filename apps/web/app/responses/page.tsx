import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { parseFilters } from "@/lib/filters";
import { parseResponseParams } from "@/lib/response-params";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { responsesQuery } from "@/queries/responses";
import { timelineByModalityQuery, timelineQuery } from "@/queries/timeline";
import { ResponsesClient } from "./client";

export const metadata: Metadata = { title: "Responses" };

export default async function ResponsesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const filters = parseFilters(params);
  const { bucket, modalities, after, stackBy } = parseResponseParams(params);
  const state = await prefetch((client) => [
    stackBy === "modality"
      ? client.prefetchQuery(timelineByModalityQuery(filters, bucket))
      : client.prefetchQuery(timelineQuery(filters, bucket, modalities)),
    client.prefetchQuery(responsesQuery(filters, modalities, after)),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ResponsesClient />
    </HydrationBoundary>
  );
}
