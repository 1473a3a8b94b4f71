import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { parseFilters, readParam } from "@/lib/filters";
import { parseEdgeParam } from "@/lib/network-data";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { edgeAccusationsQuery, networkQuery } from "@/queries/network";
import { NetworkClient } from "./client";

export const metadata: Metadata = { title: "Accusation network" };

export default async function NetworkPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const filters = parseFilters(params);
  const edge = parseEdgeParam(readParam(params, "edge"));
  const state = await prefetch((client) => [
    client.prefetchQuery(networkQuery(filters)),
    ...(edge ? [client.prefetchQuery(edgeAccusationsQuery(filters, edge.source, edge.target))] : []),
  ]);
  return (
    <HydrationBoundary state={state}>
      <NetworkClient />
    </HydrationBoundary>
  );
}
