"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ActorLink } from "@/components/items/actor-names";
import { QueryError } from "@/components/query-error";
import { useUrlParams } from "@/hooks/use-url-params";
import { dayOf } from "@/lib/format-date";
import { itemHref } from "@/lib/item-href";
import { humanize } from "@/lib/palette";
import { searchQuery } from "@/queries/search";

export function SearchClient() {
  const [params, setParams] = useUrlParams();
  const q = params.get("q")?.trim() ?? "";
  const query = useQuery(searchQuery(q));
  const data = query.data;
  return (
    <>
      <h1>Search</h1>
      <search>
        <form
          key={q}
          className="filter-bar"
          onSubmit={(event) => {
            event.preventDefault();
            setParams({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() || null });
          }}
        >
          <label>
            Articles, actors and claims
            <input type="search" name="q" defaultValue={q} placeholder="e.g. sanctions" />
          </label>
          <button type="submit">Search</button>
        </form>
      </search>
      {q && query.isPending ? <p className="muted">Searching…</p> : null}
      {query.isError ? <QueryError what="the results" error={query.error} onRetry={query.refetch} /> : null}
      {data ? (
        <div className="grid">
          <section aria-labelledby="found-articles">
            <h2 id="found-articles">Articles ({data.articles?.totalCount ?? 0})</h2>
            <ul className="item-list">
              {(data.articles?.edges ?? []).map(({ node }) => (
                <li key={node.id}>
                  <Link href={itemHref(node.id, null) ?? "#"}>{node.title ?? "(untitled)"}</Link>{" "}
                  <span className="muted">{dayOf(node.publishedAt)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="found-actors">
            <h2 id="found-actors">Actors ({data.actors?.totalCount ?? 0})</h2>
            <ul className="item-list">
              {(data.actors?.edges ?? []).map(({ node }) => (
                <li key={node.id}>
                  <ActorLink actor={node} /> <span className="badge">{humanize(node.kind ?? "")}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="found-claims">
            <h2 id="found-claims">Claims ({data.claims?.totalCount ?? 0})</h2>
            <ul className="item-list">
              {(data.claims?.edges ?? []).map(({ node }) => (
                <li key={node.id}>
                  <ActorLink actor={node.speaker} />:{" "}
                  <Link href={itemHref(node.evidence?.article?.id, node.id) ?? "#"}>{node.evidence?.text}</Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  );
}
