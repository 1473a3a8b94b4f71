"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { ActorLink } from "@/components/items/actor-names";
import { QueryError } from "@/components/query-error";
import { parseActorTab } from "@/lib/actor-tabs";
import { humanize } from "@/lib/palette";
import { actorHeaderQuery } from "@/queries/actor";
import { ActorTabPanel } from "./tab-panels";
import { ActorTabsNav } from "./tabs-nav";

export function ActorClient({ id }: { id: string }) {
  const query = useQuery(actorHeaderQuery(id));
  const tab = parseActorTab(useSearchParams());
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) return <QueryError what="this actor" error={query.error} onRetry={query.refetch} />;
  const actor = query.data.actor;
  if (!actor) return <p role="alert">No actor with this id.</p>;
  const counts = actor.counts;
  return (
    <>
      <h1>{actor.name}</h1>
      <p>
        <span className="badge">{humanize(actor.kind ?? "actor")}</span>
        {actor.code ? <span className="badge">{actor.code}</span> : null}
        {actor.title ? <span> · {actor.title}</span> : null}
        {actor.affiliation ? (
          <span>
            {" "}
            · for <ActorLink actor={actor.affiliation} />
          </span>
        ) : null}
      </p>
      {actor.aliases?.length ? <p className="muted">Also called: {actor.aliases.join(", ")}</p> : null}
      <ul className="stats" aria-label="Counts">
        <li>
          <strong>{counts.articles}</strong> articles
        </li>
        <li>
          <strong>{counts.claims}</strong> claims
        </li>
        <li>
          <strong>{counts.accusationsMade}</strong> accusations made
        </li>
        <li>
          <strong>{counts.accusationsReceived}</strong> received
        </li>
        <li>
          <strong>{counts.denials}</strong> denials
        </li>
        <li>
          <strong>{counts.responsesGiven}</strong> responses given
        </li>
        <li>
          <strong>{counts.responsesReceived}</strong> received
        </li>
      </ul>
      <ActorTabsNav current={tab} />
      <ActorTabPanel id={id} tab={tab} counts={counts} />
    </>
  );
}
