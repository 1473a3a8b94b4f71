import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { parseFilters } from "@/lib/filters";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { matrixQuery } from "@/queries/matrix";
import { MatrixClient } from "./client";

export const metadata: Metadata = { title: "Accusation matrix" };

export default async function MatrixPage({ searchParams }: { searchParams: PageSearchParams }) {
  const filters = parseFilters(await searchParams);
  const state = await prefetch((client) => [client.prefetchQuery(matrixQuery(filters))]);
  return (
    <HydrationBoundary state={state}>
      <MatrixClient />
    </HydrationBoundary>
  );
}
