"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { FilterBar } from "@/components/filter-bar";
import { Pager } from "@/components/pager";
import { QueryError } from "@/components/query-error";
import { useFilters } from "@/hooks/use-filters";
import { useUrlParams } from "@/hooks/use-url-params";
import { dayOf } from "@/lib/format-date";
import { itemHref } from "@/lib/item-href";
import { articlesQuery } from "@/queries/articles";

export function ArticlesClient() {
  const { filters } = useFilters();
  const [params] = useUrlParams();
  const q = params.get("q")?.trim() || null;
  const after = params.get("after");
  const query = useQuery(articlesQuery(filters, q, after));
  const articles = query.data?.articles;
  return (
    <>
      <h1>Articles{articles?.totalCount != null ? ` (${articles.totalCount})` : ""}</h1>
      <FilterBar />
      {query.isPending ? <p className="muted">Loading…</p> : null}
      {query.isError ? <QueryError what="the articles" error={query.error} onRetry={query.refetch} /> : null}
      {query.isSuccess && (articles?.edges.length ?? 0) === 0 ? (
        <p className="muted">No articles for these filters.</p>
      ) : null}
      <ul className="item-list" aria-label="Articles">
        {(articles?.edges ?? []).map(({ node }) => (
          <li key={node.id} data-published={node.publishedAt ?? ""}>
            <Link href={itemHref(node.id, null) ?? "#"}>{node.title ?? "(untitled)"}</Link>{" "}
            <span className="muted">
              {node.source ?? ""} · <time>{dayOf(node.publishedAt) || "undated"}</time>
            </span>
          </li>
        ))}
      </ul>
      <Pager after={after} pageInfo={articles?.pageInfo} />
    </>
  );
}
