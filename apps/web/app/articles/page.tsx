import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { parseFilters, readParam } from "@/lib/filters";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { articlesQuery } from "@/queries/articles";
import { ArticlesClient } from "./client";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const filters = parseFilters(params);
  const state = await prefetch((client) => [
    client.prefetchQuery(articlesQuery(filters, readParam(params, "q"), readParam(params, "after"))),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ArticlesClient />
    </HydrationBoundary>
  );
}
