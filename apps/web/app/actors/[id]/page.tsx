import { HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import { type ActorTab, parseActorTab } from "@/lib/actor-tabs";
import { type PageSearchParams, prefetch } from "@/lib/server-prefetch";
import { actorHeaderQuery, actorTimelineQuery } from "@/queries/actor";
import {
  actorAccusationsQuery,
  actorArticlesQuery,
  actorClaimsQuery,
  actorDenialsQuery,
  actorResponsesQuery,
} from "@/queries/actor-tabs";
import { ActorClient } from "./client";

function prefetchTab(client: QueryClient, id: string, tab: ActorTab): Promise<void> {
  switch (tab) {
    case "timeline":
      return client.prefetchQuery(actorTimelineQuery(id));
    case "accusations":
      return client.prefetchQuery(actorAccusationsQuery(id));
    case "responses":
      return client.prefetchQuery(actorResponsesQuery(id));
    case "denials":
      return client.prefetchQuery(actorDenialsQuery(id));
    case "claims":
      return client.prefetchQuery(actorClaimsQuery(id));
    case "articles":
      return client.prefetchQuery(actorArticlesQuery(id));
  }
}

export default async function ActorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: PageSearchParams;
}) {
  const { id } = await params;
  const actorId = decodeURIComponent(id);
  const tab = parseActorTab(await searchParams);
  const state = await prefetch((client) => [
    client.prefetchQuery(actorHeaderQuery(actorId)),
    prefetchTab(client, actorId, tab),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ActorClient id={actorId} />
    </HydrationBoundary>
  );
}
