"use client";

import type { ReactNode } from "react";
import { QueryError } from "@/components/query-error";

/** A list of the actor page with its total (the header's count, or the timeline's length). */
export function Section({
  title,
  total,
  children,
}: {
  title: string;
  total: number | null | undefined;
  children: ReactNode;
}) {
  return (
    <section className="actor-section">
      <h2>
        {title} ({total ?? 0})
      </h2>
      {total ? children : <p className="muted">None.</p>}
    </section>
  );
}

export const nodes = <T,>(connection: { edges: { node: T }[] } | null | undefined) =>
  (connection?.edges ?? []).map((e) => e.node);

/** What a tab's query is doing, or null once its data is there. */
export function pending(query: { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown }) {
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) return <QueryError what="this list" error={query.error} onRetry={query.refetch} />;
  return null;
}
