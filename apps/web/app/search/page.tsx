import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { readParam } from "@/lib/filters";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { searchQuery } from "@/queries/search";
import { SearchClient } from "./client";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: PageSearchParams }) {
  const q = readParam(await searchParams, "q") ?? "";
  const state = await prefetch((client) => (q ? [client.prefetchQuery(searchQuery(q))] : []));
  return (
    <HydrationBoundary state={state}>
      <SearchClient />
    </HydrationBoundary>
  );
}
