import { HydrationBoundary } from "@tanstack/react-query";
import { prefetch } from "@/lib/server-prefetch";
import { articleQuery } from "@/queries/article";
import { ArticleClient } from "./client";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const articleId = decodeURIComponent(id);
  const state = await prefetch((client) => [client.prefetchQuery(articleQuery(articleId))]);
  return (
    <HydrationBoundary state={state}>
      <ArticleClient id={articleId} />
    </HydrationBoundary>
  );
}
