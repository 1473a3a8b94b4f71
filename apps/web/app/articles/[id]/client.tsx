"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { ArticleReader } from "@/components/article/article-reader";
import { QueryError } from "@/components/query-error";
import { apiArticleView } from "@/lib/api-article-view";
import { dayOf } from "@/lib/format-date";
import { safeExternalUrl } from "@/lib/item-href";
import { articleQuery } from "@/queries/article";

// The selection goes into the URL without a server round trip, so it can be linked and reloaded.
function keepInUrl(itemId: string) {
  const url = new URL(window.location.href);
  url.searchParams.set("item", itemId);
  window.history.replaceState(null, "", url);
}

export function ArticleClient({ id }: { id: string }) {
  const query = useQuery(articleQuery(id));
  const params = useSearchParams();
  const article = query.data?.article;
  const view = useMemo(() => (article ? apiArticleView(article) : null), [article]);
  const item = params.get("item");
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) return <QueryError what="this article" error={query.error} onRetry={query.refetch} />;
  if (!article || !view) return <p role="alert">No article with this id.</p>;
  const url = safeExternalUrl(article.url);
  return (
    <>
      <h1>{article.title ?? "(untitled)"}</h1>
      {article.dek ? <p className="muted">{article.dek}</p> : null}
      <p className="muted">
        {[
          article.source,
          dayOf(article.publishedAt),
          article.authors?.length ? `by ${article.authors.join(", ")}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        {url ? (
          <>
            {" · "}
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        ) : null}
      </p>
      <ArticleReader view={view} initialItemId={item} onSelectItem={keepInUrl} />
    </>
  );
}
