import { HydrationBoundary } from "@tanstack/react-query";
import { prefetch } from "@/lib/server-prefetch";
import { actorQuery } from "@/queries/actor";
import { ActorClient } from "./client";

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actorId = decodeURIComponent(id);
  const state = await prefetch((client) => [client.prefetchQuery(actorQuery(actorId))]);
  return (
    <HydrationBoundary state={state}>
      <ActorClient id={actorId} />
    </HydrationBoundary>
  );
}
