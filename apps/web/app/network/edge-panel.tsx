"use client";

import { useQuery } from "@tanstack/react-query";
import { AccusationCard } from "@/components/items/accusation-card";
import { ActorLink } from "@/components/items/actor-names";
import { QueryError } from "@/components/query-error";
import type { Filters } from "@/lib/filters";
import { edgeAccusationsQuery } from "@/queries/network";

interface Props {
  filters: Filters;
  accuser: { id: string; name: string };
  accused: { id: string; name: string };
  onClose: () => void;
}

/** The accusations behind one arrow of the network, each with its evidence. */
export function EdgePanel({ filters, accuser, accused, onClose }: Props) {
  const query = useQuery(edgeAccusationsQuery(filters, accuser.id, accused.id));
  const items = query.data?.accusations?.edges ?? [];
  return (
    <section className="edge-panel" aria-labelledby="edge-heading">
      <h2 id="edge-heading">
        <ActorLink actor={accuser} /> → <ActorLink actor={accused} />
      </h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
      {query.isPending ? <p className="muted">Loading accusations…</p> : null}
      {query.isError ? <QueryError what="the accusations" error={query.error} onRetry={query.refetch} /> : null}
      {query.isSuccess ? (
        <p className="muted">
          {query.data.accusations?.totalCount ?? items.length} accusation
          {(query.data.accusations?.totalCount ?? items.length) === 1 ? "" : "s"}
        </p>
      ) : null}
      <ul className="item-list">
        {items.map(({ node }) => (
          <li key={node.id}>
            <AccusationCard accusation={node} />
          </li>
        ))}
      </ul>
    </section>
  );
}
