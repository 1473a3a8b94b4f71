"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { AccusationNetworkLazy } from "@/components/charts/accusation-network-lazy";
import { chartStatus } from "@/components/charts/chart-frame";
import { FilterBar } from "@/components/filter-bar";
import { useFilters } from "@/hooks/use-filters";
import { useUrlParams } from "@/hooks/use-url-params";
import { edgeKey, parseEdgeParam, toGraph } from "@/lib/network-data";
import { networkQuery } from "@/queries/network";
import { EdgePanel } from "./edge-panel";

export function NetworkClient() {
  const router = useRouter();
  const { filters } = useFilters();
  const [params, setParams] = useUrlParams();
  const network = useQuery(networkQuery(filters));
  const graph = useMemo(() => toGraph(network.data?.accusationNetwork), [network.data]);
  const edge = parseEdgeParam(params.get("edge"));
  const names = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node.name])), [graph.nodes]);
  return (
    <>
      <h1>Accusation network</h1>
      <FilterBar withCategory />
      <div className="network-layout">
        <AccusationNetworkLazy
          status={chartStatus(network, graph.edges.length === 0)}
          error={network.error?.message}
          onRetry={network.refetch}
          nodes={graph.nodes}
          edges={graph.edges}
          selectedEdge={edge ? edgeKey(edge) : null}
          onSelectEdge={(selected) => setParams({ edge: edgeKey(selected) })}
          onSelectNode={(node) => router.push(`/actors/${encodeURIComponent(node.id)}`)}
        />
        {edge ? (
          <EdgePanel
            filters={filters}
            accuser={{ id: edge.source, name: names.get(edge.source) ?? edge.source }}
            accused={{ id: edge.target, name: names.get(edge.target) ?? edge.target }}
            onClose={() => setParams({ edge: null })}
          />
        ) : (
          <p className="muted">Click an arrow to read its accusations, or an actor to open its page.</p>
        )}
      </div>
    </>
  );
}
